package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reader's look-ups meet their keys by identity: every member name the reading factory hands
 * out is the very string the tables keep, and so is every column path a binder names by a literal.
 * (Dropping the interning, in the tables or in the factory, keeps the results and loses the speed;
 * this test is what notices.)
 */
class InternedNamesTest {

  @Test
  void theFactorysMemberNamesAreTheTablesKeys() throws IOException {
    for (Table table : Tables.all()) {
      for (Map.Entry<String, Table.Member> entry : table.members("").entrySet()) {
        String json = "{\"" + entry.getKey() + "\":1}";
        try (JsonParser parser = Json.readFactory(ReadLimits.defaults())
            .createParser(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
          assertSame(JsonToken.START_OBJECT, parser.nextToken());
          assertSame(JsonToken.FIELD_NAME, parser.nextToken());
          String read = parser.currentName();
          String key = table.members("").keySet().stream().filter(read::equals).findFirst().orElseThrow();
          assertSame(key, read, table.csvFile() + ": " + read);
        }
      }
    }
  }

  @Test
  void aLiteralPathIsTheTablesKey() {
    Table.Member deadline = Tables.FINDINGS.members("rectification.").get("deadline");
    assertSame("rectification.deadline", deadline.path());
    Table.Member rectification = Tables.FINDINGS.members("").get("rectification");
    assertSame("rectification", rectification.path());
    assertSame("rectification.", rectification.childPrefix());
    // A path built at run time is equal but not the same string, and is still found.
    String built = new StringBuilder("rectification.").append("deadline").toString();
    assertFalse(built == deadline.path());
    assertTrue(Tables.FINDINGS.indexOf(built) >= 0);
  }
}
