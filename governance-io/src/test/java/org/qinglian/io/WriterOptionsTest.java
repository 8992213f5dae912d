package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.RecordType;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.Issue;
import org.qinglian.validation.ValidationReport;

class WriterOptionsTest {

  @TempDir
  Path dir;

  private static String all(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      StringBuilder text = new StringBuilder();
      try (Stream<Path> files = Files.list(path)) {
        for (Path file : files.toList()) {
          text.append(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      return text.toString();
    }
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  /** JSON Lines escapes the characters line splitters break at inside a string, and reads them back. */
  @Test
  void jsonLinesEscapesWhatLineSplittersTakeForALineEnd() throws IOException {
    String name = "甲\u2028乙\u2029丙\u0085丁";
    org.qinglian.model.dataset.Dataset dataset = org.qinglian.model.dataset.ImmutableDataset.copyOf(Fixtures.dataset())
        .withUnits(ImmutableUnit.copyOf(Fixtures.organ()).withName(name), Fixtures.commission(), Fixtures.village());
    Path lines = dir.resolve("x.jsonl");
    ExchangeWriter.write(dataset, lines, ExchangeFormat.JSON_LINES, WriteOptions.defaults());
    String text = Files.readString(lines, StandardCharsets.UTF_8);
    assertTrue(text.contains("甲\\u2028乙\\u2029丙\\u0085丁"), text);
    assertEquals(text.split("\n").length, text.lines().count(), "no line breaks but LF");
    assertEquals(dataset, ExchangeReader.readDataset(lines, ReadOptions.defaults()).dataset().orElseThrow());
  }

  @Test
  void conversionKeepsPersonalDataAndPublicationMasksIt() throws IOException {
    for (ExchangeFormat format : new ExchangeFormat[] {ExchangeFormat.JSON, ExchangeFormat.JSON_LINES,
        ExchangeFormat.CSV_FOLDER}) {
      Path full = dir.resolve("full-" + format);
      ExchangeWriter.write(Fixtures.dataset(), full, format, WriteOptions.defaults());
      assertTrue(all(full).contains(Fixtures.RESIDENT_ID), "the exchange needs the full id");
      assertTrue(all(full).contains(Fixtures.PERSON_NAME));
      Path published = dir.resolve("pub-" + format);
      ExchangeWriter.write(Fixtures.dataset(), published, format, WriteOptions.builder().maskPersonalData(true).build());
      String text = all(published);
      assertFalse(text.contains(Fixtures.RESIDENT_ID), format.toString());
      assertFalse(text.contains(Fixtures.PERSON_NAME), format.toString());
      assertTrue(text.contains("110*************2X"), format.toString());
    }
  }

  @Test
  void csvStartsWithABomUnlessToldNot() throws IOException {
    Path bom = dir.resolve("bom");
    ExchangeWriter.write(Fixtures.dataset(), bom, ExchangeFormat.CSV_FOLDER, WriteOptions.defaults());
    byte[] head = Files.readAllBytes(bom.resolve("units.csv"));
    assertEquals((byte) 0xEF, head[0]);
    Path plain = dir.resolve("plain");
    ExchangeWriter.write(Fixtures.dataset(), plain, ExchangeFormat.CSV_FOLDER, WriteOptions.builder().bom(false).build());
    assertEquals((byte) 'i', Files.readAllBytes(plain.resolve("units.csv"))[0]);
  }

  @Test
  void recordsOutOfTypeOrderAreRefused() throws IOException {
    try (ExchangeWriter writer = ExchangeWriter.open(dir.resolve("o.json"), ExchangeFormat.JSON, WriteOptions.defaults())) {
      writer.header(Fixtures.header());
      writer.record(Fixtures.task());
      assertThrows(IllegalStateException.class, () -> writer.record(Fixtures.organ()));
    }
    try (ExchangeWriter writer = ExchangeWriter.open(dir.resolve("o.jsonl"), ExchangeFormat.JSON_LINES,
        WriteOptions.defaults())) {
      assertThrows(IllegalStateException.class, () -> writer.record(Fixtures.organ()));
    }
  }

  @Test
  void aStreamingCsvWriterRefusesUnknownFieldsItWasNotToldOf() throws IOException {
    try (ExchangeWriter writer = ExchangeWriter.open(dir.resolve("s"), ExchangeFormat.CSV_FOLDER, WriteOptions.defaults())) {
      writer.header(Fixtures.header());
      assertThrows(IllegalArgumentException.class,
          () -> writer.record(ImmutableUnit.copyOf(Fixtures.organ()).withExtensions(java.util.Map.of("x", "1"))));
    }
  }

  @Test
  void aMissingInputIsTheDocumentedIoException() {
    assertThrows(NoSuchFileException.class,
        () -> ExchangeReader.readDataset(dir.resolve("nothing.json"), ReadOptions.defaults()));
  }

  @Test
  void readAndValidateInOnePassLocatesEverything() throws IOException {
    Path folder = dir.resolve("pkg");
    ExchangeWriter.write(Fixtures.dataset(), folder, ExchangeFormat.CSV_FOLDER, WriteOptions.defaults());
    String units = Files.readString(folder.resolve("units.csv"), StandardCharsets.UTF_8)
        .replace("U-JA-VILLAGE-1,江岸区后湖街道幸福社区,VILLAGE_COMMUNITY,U-JA-CZJ",
            "U-JA-VILLAGE-1,江岸区后湖街道幸福社区,VILLAGE_COMMUNITY,U-NOPE");
    Files.writeString(folder.resolve("units.csv"), units, StandardCharsets.UTF_8);
    ValidationReport report = ExchangeReader.validate(folder, ReadOptions.defaults(),
        DatasetValidator.builder().serviceLoader(null).build());
    Issue missing = report.issues().stream().filter(i -> i.code().equals("REF_MISSING")).findFirst().orElseThrow();
    assertTrue(missing.location().orElseThrow().file().orElseThrow().endsWith("units.csv"), missing.toString());
    assertEquals(4, missing.location().orElseThrow().line().getAsLong());
    assertEquals(1, report.count("REF_MISSING"), report.issues().toString());
    assertEquals(3, report.recordsRead().get(RecordType.UNIT));
  }

  /** The header drives the jurisdiction check; in a JSON document it may come after the records. */
  @Test
  void aHeaderAfterTheRecordsStillDrivesTheJurisdictionCheck() throws IOException {
    Path first = dir.resolve("first.json");
    ExchangeWriter.write(Fixtures.dataset(), first, ExchangeFormat.JSON, WriteOptions.defaults());
    String json = Files.readString(first, StandardCharsets.UTF_8);
    int start = json.indexOf("\"header\"");
    int end = json.indexOf("\"declaredTotals\"");
    assertTrue(start > 0 && end > start, "the writer puts the header, then the totals");
    String header = json.substring(start, end).strip();
    String last = json.substring(0, start) + json.substring(end, json.lastIndexOf('}')).stripTrailing()
        + ",\n" + header.substring(0, header.length() - 1) + "\n}\n";
    assertTrue(last.indexOf("\"header\"") > last.indexOf("\"units\""), last);
    for (String variant : new String[] {json, last}) {
      Path file = dir.resolve("v" + variant.hashCode() + ".json");
      Files.writeString(file, variant.replaceAll("\"divisionCode\"\\s*:\\s*\"420102\"", "\"divisionCode\":\"610402\""),
          StandardCharsets.UTF_8);
      ValidationReport report = ExchangeReader.validate(file, ReadOptions.defaults(),
          DatasetValidator.builder().serviceLoader(null).build());
      assertTrue(report.count("DIVISION_OUTSIDE_JURISDICTION") > 0, report.issues().toString());
      assertEquals(0, report.count("PARSE_ERROR"), report.issues().toString());
    }
  }
}
