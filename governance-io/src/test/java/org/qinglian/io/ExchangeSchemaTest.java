package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated JSON Schema is committed ({@code docs/exchange.schema.json}), accepts what the
 * writer writes and rejects broken documents. Regenerate with {@code -Dqinglian.updateDocs=true}.
 */
class ExchangeSchemaTest {

  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(ExchangeSchema.json(), InputFormat.JSON);

  @TempDir
  Path dir;

  @Test
  void theCommittedSchemaIsCurrent() throws IOException {
    Path file = Path.of(System.getProperty("qinglian.root", "..")).resolve("docs/exchange.schema.json");
    if (Boolean.getBoolean("qinglian.updateDocs")) {
      Files.writeString(file, ExchangeSchema.json(), StandardCharsets.UTF_8);
    }
    assertEquals(ExchangeSchema.json(), Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "",
        "docs/exchange.schema.json is stale: regenerate it");
  }

  private String written() throws IOException {
    Path target = dir.resolve("x.json");
    ExchangeWriter.write(RoundTripTest.withExtensions(), target, ExchangeFormat.JSON, WriteOptions.defaults());
    return Files.readString(target, StandardCharsets.UTF_8);
  }

  @Test
  void theSchemaAcceptsWhatTheWriterWrites() throws IOException {
    List<Error> errors = SCHEMA.validate(written(), InputFormat.JSON);
    assertEquals(List.of(), errors);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "\"datasetId\":\"wuhan-jiangan-2022\",->",
    "\"jurisdiction\":\"420102\"->\"jurisdiction\":\"4201\"",
    "\"category\":\"ORGAN\"->\"category\":\"\"",
    "\"kind\":\"TASK\"->\"kind\":\"CHORE\"",
    "\"year\":2022->\"year\":\"twenty\"",
    "\"foundDate\":\"2022-05-12\"->\"foundDate\":\"12/05/2022\"",
    "\"amountInvolved\":12000.00->\"amountInvolved\":\"1.2e4\"",
    "\"targetUnitIds\":[\"U-JA-VILLAGE-1\"]->\"targetUnitIds\":[]",
    "\"residentId\":\"11010519491231002X\"->\"residentId\":\"1101051949\"",
    "\"supervised\":true->\"supervised\":\"yes\"",
    "\"status\":\"VERIFIED\"->\"status\":7"
  })
  void theSchemaRejectsBrokenDocuments(String edit) throws IOException {
    String[] parts = edit.split("->", -1);
    String json = written();
    assertTrue(json.contains(parts[0]), parts[0]);
    List<Error> errors = SCHEMA.validate(json.replace(parts[0], parts[1]), InputFormat.JSON);
    assertFalse(errors.isEmpty(), edit);
  }

  /** Schema and reader agree on what the reader takes and refuses (issue probes). */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"supervised\":true->\"supervised\":\"true\"->refused",
    "\"supervised\":true->\"supervised\":1->refused",
    "\"leadDepartmentId\":\"U-JA-CZJ\"->\"leadDepartmentId\":null->taken",
    "\"jurisdiction\":\"420102\"->\"jurisdiction\":\"990102\"->refused"
  })
  void schemaAndReaderAgree(String edit) throws IOException {
    String[] parts = edit.split("->", -1);
    String json = written();
    assertTrue(json.contains(parts[0]), "the fixture has " + parts[0]);
    String changed = json.replace(parts[0], parts[1]);
    boolean schemaTakes = SCHEMA.validate(changed, InputFormat.JSON).isEmpty();
    java.nio.file.Path file = java.nio.file.Files.createTempFile("agree", ".json");
    try {
      java.nio.file.Files.writeString(file, changed);
      ReadResult read = ExchangeReader.readDataset(file, ReadOptions.defaults());
      boolean readerTakes = !read.hasErrors();
      boolean expected = parts[2].equals("taken");
      assertEquals(expected, schemaTakes, "schema: " + edit);
      if (!parts[0].contains("jurisdiction")) { // the province is the validator's to judge, not the reader's
        assertEquals(expected, readerTakes, "reader: " + edit + " " + read.issues());
      }
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }
}
