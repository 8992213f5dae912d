package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.RecordType;
import org.qinglian.model.fixtures.Fixtures;

/**
 * Columns count UTF-16 code units from the start of the line, as editors and SARIF
 * (its default {@code columnKind}) do — not the bytes Jackson counts. Expected columns are
 * Java string indexes, computed here from the text itself.
 */
class Utf16ColumnsTest {

  @TempDir
  Path dir;

  /** The fixtures as one JSON document, with a bad category after a name holding CJK and an emoji. */
  private String brokenDocument(String blob) throws IOException {
    Path file = dir.resolve("fixtures.json");
    ExchangeWriter.write(Fixtures.dataset(), file, ExchangeFormat.JSON, WriteOptions.defaults());
    String json = Files.readString(file);
    int unit = json.indexOf("\"units\":[{") + "\"units\":[{".length();
    String withBlob = json.substring(0, unit) + blob + json.substring(unit);
    return withBlob.replaceFirst("\"name\":\"([^\"]*)\",\"category\":\"[A-Z_]+\"",
        "\"name\":\"$1😀（测试）\",\"category\":12345");
  }

  private ReadIssue invalidCategory(Path file, String text) throws IOException {
    ReadResult result = ExchangeReader.readDataset(file, ReadOptions.defaults());
    List<ReadIssue> invalid = result.issues().stream().filter(i -> i.code().equals("FIELD_INVALID")).toList();
    assertEquals(1, invalid.size(), result.issues().toString());
    return invalid.get(0);
  }

  private static long expectedColumn(String text, String marker) {
    int at = text.indexOf(marker);
    assertTrue(at >= 0, marker);
    int lineStart = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at)) + 1;
    return at - lineStart + 1;
  }

  @Test
  void aOneLineDocumentCountsCodeUnitsFarBeyondTheKeptBytes() throws IOException {
    // 600 KB of three-byte characters before the bad value: far more than the 128 KiB kept.
    String text = brokenDocument("\"vendorBlob\":\"" + "长".repeat(200_000) + "\",");
    assertTrue(text.indexOf('\n') < 0, "our writer puts a document on one line");
    Path file = Files.writeString(dir.resolve("one-line.json"), text, StandardCharsets.UTF_8);
    ReadIssue issue = invalidCategory(file, text);
    assertEquals(OptionalLong.of(1), issue.location().line());
    assertEquals(OptionalLong.of(expectedColumn(text, "12345")), issue.location().column(), issue.toString());
    ReadResult result = ExchangeReader.readDataset(file, ReadOptions.defaults());
    ReadIssue blob = result.issues().stream().filter(i -> i.code().equals("UNKNOWN_FIELD")).findFirst().orElseThrow();
    assertEquals(OptionalLong.of(expectedColumn(text, "\"长长")), blob.location().column(), blob.toString());
  }

  @Test
  void aPrettyDocumentWithAByteOrderMarkAndCrLf() throws IOException {
    String text = "\uFEFF" + brokenDocument("").replace(",\"", ",\r\n  \"");
    Path file = Files.writeString(dir.resolve("pretty.json"), text, StandardCharsets.UTF_8);
    ReadIssue issue = invalidCategory(file, text);
    String upTo = text.substring(0, text.indexOf("12345"));
    long line = upTo.chars().filter(c -> c == '\n').count() + 1;
    assertEquals(OptionalLong.of(line), issue.location().line(), issue.toString());
    assertEquals(OptionalLong.of(expectedColumn(text, "12345")), issue.location().column(), issue.toString());
    // The header on line 1 after the byte-order mark: the mark takes no column.
    Files.writeString(file, "\uFEFF{\"header\":{\"schemaVersion\":42}}", StandardCharsets.UTF_8);
    ReadIssue version = ExchangeReader.readDataset(file, ReadOptions.defaults()).issues().stream()
        .filter(i -> i.path().equals(java.util.Optional.of("header.schemaVersion"))).findFirst().orElseThrow();
    assertEquals(OptionalLong.of("{\"header\":{\"schemaVersion\":".length() + 1), version.location().column(), version.toString());
  }

  @Test
  void jsonLinesTypeFirstAndLast() throws IOException {
    String line = "{\"type\":\"unit\",\"id\":\"U-1\",\"name\":\"中共咸阳市纪律检查委员会😀\",\"category\":12345,\"divisionCode\":\"610400\"}";
    String last = "{\"id\":\"U-1\",\"name\":\"中共咸阳市纪律检查委员会😀\",\"category\":12345,\"divisionCode\":\"610400\",\"type\":\"unit\"}";
    for (String record : List.of(line, last)) {
      String text = "{\"type\":\"header\",\"schemaVersion\":\"1.0\"}\n" + record + "\n";
      Path file = Files.writeString(dir.resolve("c.jsonl"), text, StandardCharsets.UTF_8);
      ReadIssue issue = invalidCategory(file, text);
      assertEquals(OptionalLong.of(2), issue.location().line(), issue.toString());
      assertEquals(OptionalLong.of(expectedColumn(text, "12345")), issue.location().column(), issue.toString());
    }
  }

  @Test
  void oneRecordFromBytes() {
    String json = "{\"id\":\"U-1\",\"name\":\"纪委监委😀\",\"category\":12345}";
    var result = ExchangeJson.read(RecordType.UNIT, json.getBytes(StandardCharsets.UTF_8));
    ReadIssue issue = result.issues().stream().filter(i -> i.code().equals("FIELD_INVALID")).findFirst().orElseThrow();
    assertEquals(OptionalLong.of(json.indexOf("12345") + 1), issue.location().column(), issue.toString());
    var fromText = ExchangeJson.read(RecordType.UNIT, json);
    assertEquals(issue.location(), fromText.issues().stream().filter(i -> i.code().equals("FIELD_INVALID"))
        .findFirst().orElseThrow().location(), "bytes and text give the same column");
  }

  /**
   * A lead byte read last, whose second byte has not come yet, is judged when it comes: {@code E0}
   * then {@code 80} is an overlong form, {@code E0} then {@code A0} is not.
   */
  @Test
  void aLeadByteReadLastIsJudgedByTheByteAfterIt() throws IOException {
    for (byte second : new byte[] {(byte) 0x80, (byte) 0xA0}) {
      byte[] bytes = {'a', 'b', (byte) 0xE0, second, (byte) 0x80, 'c'};
      try (Utf16Columns columns = new Utf16Columns(new java.io.ByteArrayInputStream(bytes))) {
        byte[] first = new byte[3];
        assertEquals(3, columns.read(first, 0, 3));
        assertEquals(-1, columns.invalidUtf8Before(at(3)), "nothing is known of E0 yet");
        byte[] rest = new byte[3];
        assertEquals(3, columns.read(rest, 0, 3));
        assertEquals(second == (byte) 0x80 ? 2 : -1, columns.invalidUtf8Before(at(6)), "E0 " + second);
      }
    }
  }

  private static com.fasterxml.jackson.core.JsonLocation at(long offset) {
    return new com.fasterxml.jackson.core.JsonLocation(com.fasterxml.jackson.core.io.ContentReference.unknown(), offset,
        -1, 1, 0);
  }
}
