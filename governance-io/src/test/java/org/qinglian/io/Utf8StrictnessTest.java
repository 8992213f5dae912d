package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.text.Reason;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * JSON must be UTF-8 (RFC 8259), and UTF-8 has one form for each character (RFC 3629). Jackson
 * refuses most bytes that are not UTF-8 but decodes overlong forms ({@code C0 80} as NUL,
 * {@code E0 80 AF} as {@code /}) and code points past U+10FFFF (as lone surrogates). The JDK's
 * strict decoder, which we did not write, is the judge here: random bytes in a unit's name, after
 * Chinese or ASCII text of random length (so that they fall anywhere in an eight-byte word), are
 * read as the JDK decodes them when it does, and stop the file with {@code JSON_INVALID_UTF8} on
 * their line when it does not, in a JSON document (LF or CRLF), in JSON Lines and in one record from bytes.
 */
class Utf8StrictnessTest {

  private static final String MARKER = "MARKER-NAME";
  private static final List<Integer> BYTES = List.of(0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
      0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF, (int) 'a');

  @TempDir
  Path dir;

  @Test
  void bytesReadAsTheJdkDecodesThemOrStopTheFile() throws IOException {
    Unit organ = Fixtures.organ();
    Dataset dataset = ImmutableDataset.copyOf(Fixtures.dataset())
        .withUnits(ImmutableUnit.copyOf(organ).withName(MARKER), Fixtures.commission(), Fixtures.village());
    Path json = dir.resolve("base.json");
    Path lines = dir.resolve("base.jsonl");
    ExchangeWriter.write(dataset, json, ExchangeFormat.JSON, WriteOptions.builder().prettyJson(true).build());
    ExchangeWriter.write(dataset, lines, ExchangeFormat.JSON_LINES, WriteOptions.defaults());
    byte[] document = Files.readAllBytes(json);
    // The same with CRLF line ends, which Jackson counts as one line end each.
    byte[] crlf = new String(document, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] jsonLines = Files.readAllBytes(lines);
    byte[] record = ExchangeJson.write(ImmutableUnit.copyOf(organ).withName(MARKER)).getBytes(StandardCharsets.UTF_8);
    Gen<byte[]> inserted = lists().of(Generate.pick(BYTES)).ofSizeBetween(1, 8).map(list -> {
      byte[] bytes = new byte[list.size()];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (int) list.get(i);
      }
      return bytes;
    });
    qt().withExamples(3_000).forAll(integers().between(0, 4), integers().between(0, 9), inserted)
        .checkAssert((chinese, ascii, bytes) -> {
          String prefix = "清".repeat(chinese) + "x".repeat(ascii);
          Optional<String> expected = jdkDecodes(bytes).map(text -> prefix + text + "廉");
          String seen = HexFormat.ofDelimiter(" ").formatHex(bytes) + " after " + prefix;
          check(read(ExchangeFormat.JSON, replace(document, prefix, bytes)), expected, lineOf(document), seen);
          check(read(ExchangeFormat.JSON, replace(crlf, prefix, bytes)), expected, lineOf(document), seen + " (CRLF)");
          check(read(ExchangeFormat.JSON_LINES, replace(jsonLines, prefix, bytes)), expected, lineOf(jsonLines), seen);
          RecordResult<?> one = ExchangeJson.read(RecordType.UNIT, replace(record, prefix, bytes));
          check(one.issues(), one.value().map(unit -> ((Unit) unit).getName()), expected, 1, seen);
        });
  }

  @Test
  void theFormsJacksonDecodesAreRefusedAtTheirByte() throws IOException {
    for (String form : List.of("c0 80", "c1 bf", "e0 80 af", "e0 9f bf", "f0 80 80 80", "f0 8f bf bf", "f4 90 80 80",
        "f5 80 80 80", "f7 bf bf bf")) {
      byte[] bytes = HexFormat.ofDelimiter(" ").parseHex(form);
      byte[] unit = ("{\n  \"id\": \"U-1\",\n  \"name\": \"清廉").getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(unit);
      out.write(bytes);
      out.write("\",\n  \"category\": \"ORGAN\"\n}".getBytes(StandardCharsets.UTF_8));
      RecordResult<?> read = ExchangeJson.read(RecordType.UNIT, out.toByteArray());
      assertEquals(1, read.issues().size(), form + ": " + read.issues());
      ReadIssue issue = read.issues().get(0);
      assertEquals("PARSE_ERROR", issue.code(), form + ": " + issue);
      assertEquals("JSON_INVALID_UTF8", ((Reason) issue.arguments().get("reason")).code(), form);
      // Line 3, after `  "name": "清廉`: column 14 in UTF-16 code units, as editors count.
      assertEquals(OptionalLong.of(3), issue.location().line(), form);
      assertEquals(OptionalLong.of(14), issue.location().column(), form);
    }
  }

  /** Bytes in what no record holds: an unknown member last in the document, an extension line of JSON Lines. */
  @Test
  void outsideRecordsToo() throws IOException {
    byte[] overlong = {'a', (byte) 0xC0, (byte) 0xAF};
    // Last in the document, where no record follows to find it.
    Path json = dir.resolve("base.json");
    ExchangeWriter.write(Fixtures.dataset(), json, ExchangeFormat.JSON, WriteOptions.defaults());
    String written = Files.readString(json, StandardCharsets.UTF_8).stripTrailing();
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    document.writeBytes((written.substring(0, written.length() - 1) + ",\n\"vendorNote\": \"").getBytes(StandardCharsets.UTF_8));
    document.writeBytes(overlong);
    document.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    long last = written.chars().filter(c -> c == '\n').count() + 2;
    check(read(ExchangeFormat.JSON, document.toByteArray()), Optional.empty(), last, "an unknown member");
    Path lines = dir.resolve("base.jsonl");
    ExchangeWriter.write(Fixtures.dataset(), lines, ExchangeFormat.JSON_LINES, WriteOptions.defaults());
    ByteArrayOutputStream jsonLines = new ByteArrayOutputStream();
    jsonLines.writeBytes(Files.readAllBytes(lines));
    jsonLines.writeBytes("{\"type\":\"extension\",\"name\":\"vendorNote\",\"value\":\"".getBytes(StandardCharsets.UTF_8));
    jsonLines.writeBytes(overlong);
    jsonLines.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    long line = Files.readAllLines(lines).size() + 1;
    check(read(ExchangeFormat.JSON_LINES, jsonLines.toByteArray()), Optional.empty(), line, "an extension line");
  }

  private static Optional<String> jdkDecodes(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private ReadResult read(ExchangeFormat format, byte[] bytes) {
    try {
      Path file = Files.createTempFile(dir, "x", format == ExchangeFormat.JSON ? ".json" : ".jsonl");
      Files.write(file, bytes);
      return ExchangeReader.readDataset(file, ReadOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(ReadResult read, Optional<String> expected, long line, String seen) {
    Optional<String> name = read.dataset().flatMap(d -> d.getUnits().stream()
        .filter(u -> u.getId().equals(Fixtures.organ().getId())).findFirst()).map(Unit::getName);
    check(read.issues(), name, expected, line, seen);
  }

  private static void check(List<ReadIssue> issues, Optional<String> name, Optional<String> expected, long line,
      String seen) {
    if (expected.isPresent()) {
      assertEquals(List.of(), issues, seen);
      assertEquals(expected, name, seen);
    } else {
      List<ReadIssue> errors = issues.stream().filter(i -> i.code().equals("PARSE_ERROR")).toList();
      assertEquals(1, errors.size(), seen + ": " + issues);
      assertEquals("JSON_INVALID_UTF8", ((Reason) errors.get(0).arguments().get("reason")).code(), seen);
      assertEquals(OptionalLong.of(line), errors.get(0).location().line(), seen + ": " + errors);
    }
  }

  /** The line the marker stands on. */
  private static long lineOf(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.substring(0, text.indexOf(MARKER)).chars().filter(c -> c == '\n').count() + 1;
  }

  private static byte[] replace(byte[] bytes, String prefix, byte[] inserted) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int at = text.indexOf(MARKER);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(prefix.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(inserted);
    out.writeBytes(("廉" + text.substring(at + MARKER.length())).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
