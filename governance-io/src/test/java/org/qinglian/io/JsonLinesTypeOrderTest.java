package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.location.SourceLocation;

/**
 * A JSON Lines line whose {@code type} is not its first member (as other tools write them):
 * read exactly as when it is first — records, unknown members, issues and their locations —
 * and each line tokenised once.
 */
class JsonLinesTypeOrderTest {

  private static final Pattern TYPE_FIRST = Pattern.compile("^\\{(\"type\":\"[A-Za-z]+\"),(.*)}$");

  @TempDir
  Path dir;

  /** The writer's lines, each with {@code type} moved to the end, after {@code extra} at the start. */
  private static String typeLast(String jsonl, String extra) {
    StringBuilder out = new StringBuilder();
    for (String line : jsonl.split("\n")) {
      Matcher m = TYPE_FIRST.matcher(line);
      assertTrue(m.matches(), line);
      out.append('{').append(extra).append(m.group(2)).append(',').append(m.group(1)).append("}\n");
    }
    return out.toString();
  }

  private static String typeFirst(String jsonl, String extra) {
    return jsonl.replaceAll("(?m)^\\{(\"type\":\"[A-Za-z]+\",)", "{$1" + extra);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private String fixturesAsJsonLines() throws IOException {
    Path file = dir.resolve("fixtures.jsonl");
    ExchangeWriter.write(Fixtures.dataset(), file, ExchangeFormat.JSON_LINES, WriteOptions.defaults());
    String jsonl = Files.readString(file);
    // The fixtures must give the playback something to do: nested objects and lists before "type".
    assertTrue(jsonl.contains("\":{") && jsonl.contains("\":[{") && jsonl.contains("\":[\""), jsonl);
    return jsonl;
  }

  @Test
  void recordsAndExtensionsTheSameWhereverTypeStands() throws IOException {
    String jsonl = fixturesAsJsonLines();
    String extra = "\"vendorNote\":{\"list\":[1,2.50,{\"deep\":[null,true]}],\"text\":\"备注\"},";
    ReadResult first = ExchangeReader.readDataset(write("first.jsonl", typeFirst(jsonl, extra)), ReadOptions.defaults());
    ReadResult last = ExchangeReader.readDataset(write("last.jsonl", typeLast(jsonl, extra)), ReadOptions.defaults());
    assertEquals(Fixtures.dataset().getUnits().size(), last.dataset().orElseThrow().getUnits().size());
    assertEquals(first.dataset(), last.dataset());
    assertEquals(summary(first), summary(last));
    assertTrue(summary(last).stream().anyMatch(s -> s.startsWith("UNKNOWN_FIELD")), summary(last).toString());
  }

  @Test
  void brokenValuesBeforeTypeAreLocatedWhereTheyStand() throws IOException {
    String jsonl = fixturesAsJsonLines();
    // Every record gets a bad date in a nested list item and a number where text belongs, before its type.
    String broken = typeLast(jsonl, "\"zz\":[{\"a\":1}],");
    String line = broken.lines().filter(l -> l.contains("\"type\":\"finding\"")).findFirst().orElseThrow();
    String badLine = line.replaceFirst("\"id\":\"([^\"]+)\"", "\"id\":12345");
    String content = broken.replace(line, badLine);
    ReadResult result = ExchangeReader.readDataset(write("bad.jsonl", content), ReadOptions.defaults());
    long number = content.lines().toList().indexOf(badLine) + 1;
    List<ReadIssue> onLine = result.issues().stream()
        .filter(i -> i.location().line().equals(OptionalLong.of(number)) && !i.code().equals("UNKNOWN_FIELD")).toList();
    assertEquals(1, onLine.size(), result.issues().toString());
    ReadIssue issue = onLine.get(0);
    assertEquals(OptionalLong.of(badLine.indexOf("12345") + 1), issue.location().column(), issue.toString());
    assertEquals(Optional.of("/id"), issue.location().pointer().map(p -> p.substring(p.lastIndexOf('/'))), issue.toString());
    ReadIssue unknown = result.issues().stream()
        .filter(i -> i.code().equals("UNKNOWN_FIELD") && i.location().line().equals(OptionalLong.of(number))).findFirst().orElseThrow();
    assertEquals(OptionalLong.of(badLine.indexOf("[{\"a\"") + 1), unknown.location().column(), unknown.toString());
  }

  @Test
  void eachLineIsTokenisedOnce() throws IOException {
    String jsonl = fixturesAsJsonLines();
    for (String content : List.of(jsonl, typeLast(jsonl, ""), typeLast(jsonl, "\"x\":{\"y\":[1]},"))) {
      Path file = write("once.jsonl", content);
      CountingSink sink = new CountingSink();
      JsonLinesReader reader = new JsonLinesReader(new ReadContext(ReadOptions.defaults(), sink), file.toString());
      reader.read(file);
      long lines = content.lines().count();
      assertEquals(lines - 2, sink.records, "every line but header and totals is a record");
      // One parser a line, and one more for the first line: is the header first?
      assertEquals(lines + 1, reader.parsersMade(), content.substring(0, 200));
    }
  }

  private static List<String> summary(ReadResult result) {
    return result.issues().stream().map(i -> i.code() + " " + i.location().line() + " " + i.location().pointer()
        + " " + i.path() + " " + i.arguments()).toList();
  }

  private static final class CountingSink implements RecordSink {
    long records;

    @Override
    public void header(DatasetHeader header, SourceLocation location) {}

    @Override
    public void declaredTotals(DeclaredTotals totals, SourceLocation location) {}

    @Override
    public void record(GovernanceRecord record, SourceLocation location) {
      records++;
    }

    @Override
    public void datasetExtension(String name, String json) {}

    @Override
    public void issue(ReadIssue issue) {}
  }
}
