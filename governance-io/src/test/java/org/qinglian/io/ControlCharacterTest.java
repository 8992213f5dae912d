package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.RecordType;

/**
 * A control character can reach a JSON text only escaped; the readers skip the search for one
 * in records whose bytes hold no backslash. Every place an escape can stand — the first and the
 * last value of a record, a nested object, a list of objects, after 200 KB of text (beyond the
 * bytes the column counter keeps) — and every way of reading JSON must still report it, once,
 * at its path; an escaped tab, or a backslash in a value that is no text field, is no issue.
 */
class ControlCharacterTest {

  private static final String FINDING = "{\"id\":\"F-1\",\"inspectionId\":\"I-1\",\"unitId\":\"U-1\","
      + "\"description\":\"DESCRIPTION\",\"riskArea\":\"FINANCE\",\"foundDate\":\"2022-05-10\","
      + "\"rectification\":{\"status\":\"IN_PROGRESS\",\"measures\":\"MEASURES\"},"
      + "\"followUps\":[{\"type\":\"REMINDER_LETTER\",\"issuedDate\":\"2022-05-11\"}],\"vendorNote\":\"NOTE\"}";

  @TempDir
  Path dir;

  private record Case(String name, String description, String measures, String note, Optional<String> expectedPath) {}

  private static List<Case> cases() {
    String bad = "整改\\u0001落实";
    String tab = "整改\\t落实";
    String far = "长".repeat(70_000) + bad; // 210 KB before the escape
    return List.of(
        new Case("none", "说明", "措施", "备注", Optional.empty()),
        new Case("first text value", bad, "措施", "备注", Optional.of("description")),
        new Case("nested object", "说明", bad, "备注", Optional.of("rectification.measures")),
        new Case("after 200 KB", far, "措施", "备注", Optional.of("description")),
        new Case("escaped tab", tab, tab, "备注", Optional.empty()),
        new Case("backslash in an unknown field only", "说明", "措施", "a\\\\b\\u0001", Optional.empty()));
  }

  private static String finding(Case c) {
    return FINDING.replace("DESCRIPTION", c.description).replace("MEASURES", c.measures).replace("NOTE", c.note);
  }

  private static void check(Case c, String how, List<ReadIssue> issues) {
    List<ReadIssue> control = issues.stream()
        .filter(i -> i.code().equals(ReadIssue.FIELD_INVALID) && i.toString().contains("CONTROL_CHARACTER")).toList();
    assertEquals(c.expectedPath.isPresent() ? 1 : 0, control.size(), c.name + " (" + how + "): " + issues);
    c.expectedPath.ifPresent(path -> assertEquals(Optional.of(path), control.get(0).path(), c.name + " (" + how + ")"));
  }

  @Test
  void everyJsonReaderFindsAnEscapedControlCharacterWhereverItStands() throws IOException {
    for (Case c : cases()) {
      String record = finding(c);
      // The record last in its list, then again first of two, so it ends where the next begins.
      String document = "{\"findings\":[" + record + "]}";
      String twice = "{\"findings\":[" + record + "," + FINDING.replace("F-1", "F-2")
          .replace("DESCRIPTION", "说明").replace("MEASURES", "措施").replace("NOTE", "备注") + "]}";
      Path file = Files.writeString(dir.resolve("f.json"), document, StandardCharsets.UTF_8);
      check(c, "document file", ExchangeReader.readDataset(file, ReadOptions.defaults()).issues());
      Path two = Files.writeString(dir.resolve("two.json"), twice, StandardCharsets.UTF_8);
      check(c, "first of two", ExchangeReader.readDataset(two, ReadOptions.defaults()).issues());
      check(c, "document stream", ExchangeReader.readDataset(new ByteArrayInputStream(
          document.getBytes(StandardCharsets.UTF_8)), "f.json", ReadOptions.defaults()).issues());
      ExchangeJsonTest.Collect fromReader = new ExchangeJsonTest.Collect();
      ExchangeReader.read(new StringReader(document), "f.json", ReadOptions.defaults(), fromReader);
      check(c, "document text", fromReader.issues);
      Path lines = Files.writeString(dir.resolve("f.jsonl"), "{\"type\":\"finding\"," + record.substring(1) + "\n",
          StandardCharsets.UTF_8);
      check(c, "JSON Lines", ExchangeReader.readDataset(lines, ReadOptions.defaults()).issues());
      // type last: the reader reads ahead to it and plays the members before it back
      Path typeLast = Files.writeString(dir.resolve("last.jsonl"),
          record.substring(0, record.length() - 1) + ",\"type\":\"finding\"}\n", StandardCharsets.UTF_8);
      check(c, "JSON Lines, type last", ExchangeReader.readDataset(typeLast, ReadOptions.defaults()).issues());
      check(c, "one record, bytes", ExchangeJson.read(RecordType.FINDING, record.getBytes(StandardCharsets.UTF_8)).issues());
      check(c, "one record, text", ExchangeJson.read(RecordType.FINDING, record).issues());
    }
  }

  @Test
  void aControlCharacterInAListOfObjectsAndInTheLastValue() {
    String inGrade = "{\"id\":\"S-1\",\"year\":2022,\"title\":\"细则\",\"weights\":{\"routine\":0.4,\"democratic\":0.3,"
        + "\"onSite\":0.3},\"maxScore\":100,\"grades\":[{\"code\":\"A\",\"label\":\"好\\u001B\",\"minScore\":90}]}";
    var issues = ExchangeJson.read(RecordType.ASSESSMENT_SCHEME, inGrade.getBytes(StandardCharsets.UTF_8)).issues();
    assertTrue(issues.stream().anyMatch(i -> i.toString().contains("CONTROL_CHARACTER")), issues.toString());
    String last = "{\"id\":\"U-1\",\"category\":\"ORGAN\",\"divisionCode\":\"610400\",\"name\":\"纪委\\u0007\"}";
    var unit = ExchangeJson.read(RecordType.UNIT, last.getBytes(StandardCharsets.UTF_8)).issues();
    assertEquals(1, unit.stream().filter(i -> i.toString().contains("CONTROL_CHARACTER")).count(), unit.toString());
  }

  /**
   * JSON can escape half of a surrogate pair ({@code \\ud800}), which is no character: no UTF-8 or
   * GB18030 file can hold it, so converting such a record would fail. Refused where it stands,
   * alone, reversed or at the end; a pair, escaped or not, is a character like any other.
   */
  @Test
  void halfOfASurrogatePairIsRefusedWhereItStands() {
    for (String[] c : new String[][] {
        {"纪委\\ud800", "3"}, {"\\udc00纪委", "1"}, {"纪\\udc00\\ud800委", "2"}, {"\\ud83d纪委", "1"},
        {"纪委\\ud83d\\ude00", null}, {"纪委😀", null}, {"纪委\\u00e9", null}}) {
      String unit = "{\"id\":\"U-1\",\"category\":\"ORGAN\",\"divisionCode\":\"610400\",\"name\":\"" + c[0] + "\"}";
      for (List<ReadIssue> issues : List.of(ExchangeJson.read(RecordType.UNIT, unit.getBytes(StandardCharsets.UTF_8)).issues(),
          ExchangeJson.read(RecordType.UNIT, unit).issues())) {
        List<ReadIssue> surrogates = issues.stream().filter(i -> i.toString().contains("UNPAIRED_SURROGATE")).toList();
        assertEquals(c[1] == null ? 0 : 1, surrogates.size(), c[0] + ": " + issues);
        if (c[1] != null) {
          assertEquals(Optional.of("name"), surrogates.get(0).path(), c[0]);
          assertTrue(surrogates.get(0).toString().contains("position=" + c[1]), c[0] + ": " + surrogates);
        }
      }
    }
  }
}
