package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.unit.Unit;

/** One record without a file, streams in and out, uploads without a telling name, ZIPs on other file systems. */
class ExchangeJsonTest {

  @TempDir
  Path dir;

  @Test
  void everyRecordReadsBackFromItsOwnJson() {
    Dataset dataset = Fixtures.dataset();
    for (RecordType type : RecordType.values()) {
      for (GovernanceRecord record : dataset.records(type)) {
        RecordResult<GovernanceRecord> back = ExchangeJson.read(type, ExchangeJson.write(record));
        assertTrue(back.isClean(), back.toString());
        assertEquals(record, back.value().orElseThrow());
      }
    }
    assertEquals(dataset.getHeader(), ExchangeJson.readHeader(ExchangeJson.write(dataset.getHeader())).value().orElseThrow());
  }

  @Test
  void aBadValueIsLocatedInTheTextAndNoHeaderIsAskedFor() {
    String json = "{\"id\": \"U-1\",\n \"name\": \"某单位\",\n \"category\": \"ORGAN\",\n \"divisionCode\": 420102,\n \"note\": 1E+2}";
    RecordResult<Unit> result = ExchangeJson.read(Unit.class, RecordType.UNIT, json);
    List<ReadIssue> issues = result.issues();
    assertFalse(issues.stream().anyMatch(i -> i.code().equals(ReadIssue.FIELD_REQUIRED)), issues.toString());
    ReadIssue bad = issues.stream().filter(i -> i.code().equals(ReadIssue.FIELD_INVALID)).findFirst().orElseThrow();
    assertEquals(4, bad.location().line().getAsLong(), bad.toString());
    assertEquals("/divisionCode", bad.location().pointer().orElseThrow(), bad.toString());
    ReadIssue unknown = issues.stream().filter(i -> i.code().equals(ReadIssue.UNKNOWN_FIELD)).findFirst().orElseThrow();
    assertEquals("/note", unknown.location().pointer().orElseThrow());
    assertEquals("U-1", unknown.recordId().orElseThrow(), "an unknown field names its record");
  }

  @Test
  void streamsInAndOutWhateverTheName() throws IOException {
    Dataset dataset = Fixtures.dataset();
    for (ExchangeFormat format : List.of(ExchangeFormat.JSON, ExchangeFormat.JSON_LINES, ExchangeFormat.CSV_ZIP)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ExchangeWriter.write(dataset, bytes, format, WriteOptions.defaults());
      // An upload saved as upload.tmp: the format is told by the first bytes.
      ReadResult back = ExchangeReader.readDataset(new ByteArrayInputStream(bytes.toByteArray()), "upload.tmp",
          ReadOptions.defaults());
      assertEquals(List.of(), back.issues(), format.toString());
      assertEquals(dataset, back.dataset().orElseThrow(), format.toString());
    }
  }

  @Test
  void charactersInAndOut() throws IOException {
    Dataset dataset = Fixtures.dataset();
    for (ExchangeFormat format : List.of(ExchangeFormat.JSON, ExchangeFormat.JSON_LINES)) {
      java.io.StringWriter text = new java.io.StringWriter();
      try (ExchangeWriter writer = ExchangeWriter.open(text, format, WriteOptions.defaults())) {
        writer.header(dataset.getHeader());
        for (RecordType type : RecordType.values()) {
          for (GovernanceRecord record : dataset.records(type)) {
            writer.record(record);
          }
        }
      }
      Collect sink = new Collect();
      ExchangeReader.read(new java.io.StringReader(text.toString()), "body", ReadOptions.defaults(), sink);
      assertEquals(List.of(), sink.issues, format.toString());
      assertEquals(dataset.getUnits(), sink.units, format.toString());
    }
  }

  /** Collects the issues and the units of a streamed read (ControlCharacterTest and ReaderHalfPairTest use it too). */
  static final class Collect implements RecordSink {
    final List<ReadIssue> issues = new java.util.ArrayList<>();
    final List<GovernanceRecord> units = new java.util.ArrayList<>();
    final List<GovernanceRecord> records = new java.util.ArrayList<>();

    @Override
    public void header(org.qinglian.model.dataset.DatasetHeader header, org.qinglian.model.location.SourceLocation at) {}

    @Override
    public void declaredTotals(org.qinglian.model.dataset.DeclaredTotals totals,
        org.qinglian.model.location.SourceLocation at) {}

    @Override
    public void record(GovernanceRecord record, org.qinglian.model.location.SourceLocation at) {
      records.add(record);
      if (record.recordType() == RecordType.UNIT) {
        units.add(record);
      }
    }

    @Override
    public void datasetExtension(String name, String json) {}

    @Override
    public void issue(ReadIssue issue) {
      issues.add(issue);
    }
  }

  @Test
  void aZipOnAnotherFileSystemIsRead() throws IOException {
    Path zip = dir.resolve("outer.zip");
    try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
      Path inner = fs.getPath("/delivery.zip");
      ExchangeWriter.write(Fixtures.dataset(), inner, ExchangeFormat.CSV_ZIP, WriteOptions.defaults());
      ReadResult back = ExchangeReader.readDataset(inner, ReadOptions.defaults());
      assertEquals(List.of(), back.issues());
      assertEquals(Fixtures.dataset(), back.dataset().orElseThrow());
    }
  }

  @Test
  void anUploadThatIsNoExchangeIsSaidSo() throws IOException {
    ReadResult result = ExchangeReader.readDataset(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)),
        "x.tmp", ReadOptions.defaults());
    assertEquals("PARSE_ERROR", result.issues().get(0).code());
    assertTrue(Files.notExists(dir.resolve("x.tmp")));
  }
}
