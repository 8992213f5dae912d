package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member named twice in one object is a {@code PARSE_ERROR} (JSON_DUPLICATE_MEMBER) wherever it
 * stands — in a record, a nested object, an item of a list of objects, a value kept as JSON text,
 * the header, the document — located at the second name, in a JSON document and in JSON Lines
 * with {@code type} first and last. Jackson's own strict parser is the oracle that each case is
 * a duplicate; the same name in different objects is none. A reader that finds duplicates
 * itself, for speed, must pass it too.
 */
class DuplicateMemberTest {

  @TempDir
  Path dir;

  private static final String HEADER = MalformedInputTest.HEADER;

  private static final String UNIT = MalformedInputTest.UNIT;

  private static final String FINDING = "{\"id\":\"F1\",\"inspectionId\":\"I1\",\"unitId\":\"U1\",\"description\":\"问题\","
      + "\"category\":\"FORMALISM\",\"foundDate\":\"2022-05-01\",\"followUps\":[{\"type\":\"WARNING_LETTER\","
      + "\"issuedDate\":\"2022-05-02\"},{\"type\":\"WARNING_LETTER\",\"issuedDate\":\"2022-05-03\"}]}";

  /** A unit, a finding, each changed by {@code edit}; the member named twice and the text after its second name. */
  private record Case(String name, String unit, String finding, String member, String pointer) {}

  private static final List<Case> DUPLICATES = List.of(
      new Case("a known scalar", UNIT.replace("\"name\":", "\"name\":\"甲\",\"name\":"), FINDING, "name",
          "/units/1/name"),
      new Case("a known scalar after null", UNIT.replace("\"name\":", "\"name\":null,\"name\":"), FINDING, "name",
          "/units/1/name"),
      new Case("a known scalar, null second", UNIT.replace("\"name\":\"单位\"", "\"name\":\"单位\",\"name\":null"),
          FINDING, "name", "/units/1/name"),
      new Case("an unknown member", UNIT.replace("\"name\":", "\"x-a\":1,\"x-a\":2,\"name\":"), FINDING, "x-a",
          "/units/1/x-a"),
      new Case("an unknown object, twice", UNIT.replace("\"name\":", "\"x-a\":{},\"x-a\":{\"b\":1},\"name\":"),
          FINDING, "x-a", "/units/1/x-a"),
      new Case("inside an unknown object", UNIT.replace("\"name\":", "\"x-a\":{\"b\":1,\"b\":2},\"name\":"), FINDING,
          "b", "/units/1/x-a/b"),
      new Case("inside an unknown list of objects",
          UNIT.replace("\"name\":", "\"x-a\":[{\"c\":1},{\"b\":1,\"b\":2}],\"name\":"), FINDING, "b",
          "/units/1/x-a/1/b"),
      new Case("a known object, twice", UNIT.replace("\"name\":",
          "\"demonstration\":{\"level\":\"CITY\"},\"demonstration\":{},\"name\":"), FINDING, "demonstration",
          "/units/1/demonstration"),
      new Case("inside a known object", UNIT.replace("\"name\":",
          "\"demonstration\":{\"level\":\"CITY\",\"level\":\"CITY\"},\"name\":"), FINDING, "level",
          "/units/1/demonstration/level"),
      new Case("a list of objects, twice", UNIT, FINDING.replace("\"followUps\":", "\"followUps\":[],\"followUps\":"),
          "followUps", "/findings/0/followUps"),
      new Case("inside an item of a list of objects", UNIT,
          FINDING.replace("\"issuedDate\":\"2022-05-03\"", "\"issuedDate\":\"2022-05-03\",\"issuedDate\":\"2022-05-04\""),
          "issuedDate", "/findings/0/followUps/1/issuedDate"),
      new Case("an unknown member of an item", UNIT,
          FINDING.replace("\"issuedDate\":\"2022-05-03\"", "\"issuedDate\":\"2022-05-03\",\"x\":1,\"x\":2"),
          "x", "/findings/0/followUps/1/x"),
      new Case("inside a list where values are expected", UNIT.replace("\"name\":",
          "\"supportingUnitIds\":[{\"a\":1,\"a\":2}],\"name\":"), FINDING, "a", null));

  private Path document(String name, String header, String unit, String finding, String tail) throws IOException {
    String json = "{\"header\":" + header + ",\n\"units\":[" + UNIT.replace("U1", "U0") + ",\n" + unit + "],\n"
        + "\"findings\":[" + finding + "]" + tail + "}";
    Path path = dir.resolve(name);
    Files.writeString(path, json, StandardCharsets.UTF_8);
    return path;
  }

  private Path lines(String name, String unit, String finding, boolean typeFirst) throws IOException {
    String text = line("header", HEADER, typeFirst) + "\n" + line("unit", UNIT.replace("U1", "U0"), typeFirst) + "\n"
        + line("unit", unit, typeFirst) + "\n" + line("finding", finding, typeFirst) + "\n";
    Path path = dir.resolve(name);
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path;
  }

  private static String line(String type, String object, boolean typeFirst) {
    String member = "\"type\":\"" + type + "\"";
    return typeFirst ? "{" + member + "," + object.substring(1) : object.substring(0, object.length() - 1) + "," + member + "}";
  }

  /** Jackson's own strict parser rejects the text as a duplicate of {@code member} (each case really is one). */
  private static void jacksonRejects(Path path, String member) throws IOException {
    JsonFactory strict = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    List<String> texts = path.toString().endsWith(".jsonl") ? Files.readAllLines(path) : List.of(Files.readString(path));
    StreamReadException failure = null;
    for (String text : texts) {
      try (JsonParser parser = strict.createParser(text)) {
        while (parser.nextToken() != null) {
          // read through
        }
      } catch (StreamReadException e) {
        failure = e;
      }
    }
    assertTrue(failure != null && failure.getOriginalMessage().equals("Duplicate field '" + member + "'"),
        path + ": " + failure);
  }

  /** The one issue: a duplicate of {@code member}, at the line and column of its second name (or just after it). */
  private static void reportedAt(Path path, String member, String pointer) throws IOException {
    ReadResult result = ExchangeReader.readDataset(path, ReadOptions.defaults());
    List<ReadIssue> issues = result.issues().stream().filter(i -> i.code().equals("PARSE_ERROR")).toList();
    assertEquals(1, issues.size(), () -> path + ": " + result.issues());
    ReadIssue issue = issues.get(0);
    assertEquals("JSON_DUPLICATE_MEMBER", issue.reason().orElseThrow().code(), issue::toString);
    assertEquals(member, issue.reason().orElseThrow().arguments().get("name"), issue::toString);
    if (pointer != null && !path.toString().endsWith(".jsonl")) {
      assertEquals(Optional.of(pointer), issue.location().pointer(), issue::toString);
    }
    // The column is at the name (its opening quote) or just after it (where Jackson's own detector stops).
    List<String> lines = Files.readAllLines(path);
    String quoted = "\"" + member + "\"";
    long line = issue.location().line().orElseThrow();
    String text = lines.get((int) line - 1);
    int at = (int) issue.location().column().orElseThrow() - 1;
    assertTrue(text.startsWith(quoted, at) || at >= quoted.length() && text.startsWith(quoted, at - quoted.length()),
        () -> issue + ": column " + (at + 1) + " is not at " + quoted + " in " + text);
  }

  @Test
  void aDuplicateInAJsonDocumentIsAParseErrorAtTheSecondName() throws IOException {
    for (Case c : DUPLICATES) {
      Path path = document(c.name().replace(' ', '-') + ".json", HEADER, c.unit(), c.finding(), "");
      jacksonRejects(path, c.member());
      reportedAt(path, c.member(), c.pointer());
    }
  }

  @Test
  void aDuplicateInJsonLinesIsAParseErrorAtTheSecondName() throws IOException {
    for (boolean typeFirst : new boolean[] {true, false}) {
      for (Case c : DUPLICATES) {
        Path path = lines(c.name().replace(' ', '-') + "-" + typeFirst + ".jsonl", c.unit(), c.finding(), typeFirst);
        jacksonRejects(path, c.member());
        reportedAt(path, c.member(), c.pointer());
      }
    }
  }

  @Test
  void aDuplicateInTheHeaderOrTheDocumentIsToo() throws IOException {
    Path header = document("header.json", HEADER.replace("\"datasetId\":", "\"datasetId\":\"d0\",\"datasetId\":"),
        UNIT, FINDING, "");
    jacksonRejects(header, "datasetId");
    reportedAt(header, "datasetId", "/header/datasetId");
    Path producer = document("producer.json", HEADER.replace("\"name\":", "\"name\":\"甲\",\"name\":"), UNIT, FINDING, "");
    jacksonRejects(producer, "name");
    reportedAt(producer, "name", "/header/producer/name");
    Path type = lines("type.jsonl", UNIT.replace("{", "{\"type\":\"unit\","), FINDING, true);
    jacksonRejects(type, "type");
    reportedAt(type, "type", null);
  }

  @Test
  void theSameNameInDifferentObjectsIsNoDuplicate() throws IOException {
    // "name" in two records, in the record and in a nested object, in two items of one list, in unknown objects.
    String unit = UNIT.replace("\"name\":", "\"x-a\":{\"name\":1,\"b\":{\"name\":2}},\"x-c\":[{\"name\":1},{\"name\":2}],"
        + "\"name\":");
    Path path = document("clean.json", HEADER, unit, FINDING, "");
    try (JsonParser parser = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
        .createParser(path.toFile())) {
      while (parser.nextToken() != null) {
        // Jackson's strict parser reads it through
      }
    }
    ReadResult result = ExchangeReader.readDataset(path, ReadOptions.defaults());
    assertEquals(List.of(), result.issues().stream().filter(i -> i.code().equals("PARSE_ERROR")).toList());
    assertEquals(2, result.dataset().orElseThrow().getUnits().size(), () -> result.issues().toString());
    for (boolean typeFirst : new boolean[] {true, false}) {
      Path jsonl = lines("clean-" + typeFirst + ".jsonl", unit, FINDING, typeFirst);
      ReadResult read = ExchangeReader.readDataset(jsonl, ReadOptions.defaults());
      assertEquals(List.of(), read.issues().stream().filter(i -> i.code().equals("PARSE_ERROR")).toList());
    }
  }

  @Test
  void theOracleFailsOnADuplicate() {
    // The helper itself: a document without a duplicate is not called one.
    assertThrows(AssertionError.class, () -> jacksonRejects(document("none.json", HEADER, UNIT, FINDING, ""), "name"));
  }
}
