package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.dataset.ImmutableDatasetHeader;
import org.qinglian.model.dataset.Producer;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.Issue;

/**
 * Half of a surrogate pair in a record built in Java: CSV has no form for it and refuses the record
 * by its file, id and column, leaving no file behind; JSON and JSON Lines write it as an escape,
 * which their readers report where it stands. The encoder used to fail rows later, unlocated.
 */
class HalfSurrogateWriteTest {

  @TempDir
  Path dir;

  private static Dataset withUnitName(String name) {
    List<Unit> units = new ArrayList<>(Fixtures.dataset().getUnits());
    units.set(1, ImmutableUnit.copyOf(units.get(1)).withName(name));
    return ImmutableDataset.copyOf(Fixtures.dataset()).withUnits(units);
  }

  @Test
  void csvRefusesTheRecordByItsFileIdAndColumnAndLeavesNoFile() {
    Dataset dataset = withUnitName("纪委\uDC00监委");
    String id = dataset.getUnits().get(1).getId();
    for (ExchangeFormat format : List.of(ExchangeFormat.CSV_FOLDER, ExchangeFormat.CSV_ZIP)) {
      for (Charset encoding : List.of(java.nio.charset.StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
        Path target = dir.resolve(format.name() + "-" + encoding.name() + (format == ExchangeFormat.CSV_ZIP ? ".zip" : ""));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ExchangeWriter.write(
            dataset, target, format, WriteOptions.builder().encoding(encoding).build()));
        assertEquals("units.csv, record " + id + ", column name: character 3 (U+DC00) is half of a surrogate pair,"
            + " which no CSV file can carry (the validator reports it: FIELD_INVALID)", refused.getMessage());
        assertFalse(Files.exists(target), target + " is not left half written");
      }
    }
  }

  @Test
  void theHeadersProducerIsNamedByTheDatasetsId() {
    Dataset dataset = ImmutableDataset.copyOf(Fixtures.dataset()).withHeader(ImmutableDatasetHeader.copyOf(
        Fixtures.header()).withProducer(Producer.of("\uD800", Fixtures.organCode())));
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ExchangeWriter.write(
        dataset, dir.resolve("p.zip"), ExchangeFormat.CSV_ZIP, WriteOptions.defaults()));
    assertTrue(refused.getMessage().startsWith("dataset.csv, record " + Fixtures.header().getDatasetId()
        + ", column producer"), refused.getMessage());
  }

  @Test
  void jsonWritesAnEscapeItsReadersReportWhereItStands() throws IOException {
    Dataset dataset = withUnitName("纪委\uD800");
    for (ExchangeFormat format : List.of(ExchangeFormat.JSON, ExchangeFormat.JSON_LINES)) {
      Path file = dir.resolve(format == ExchangeFormat.JSON ? "d.json" : "d.jsonl");
      ExchangeWriter.write(dataset, file, format, WriteOptions.defaults());
      assertTrue(Files.readString(file).toLowerCase(java.util.Locale.ROOT).contains("纪委\\ud800"), format + " writes an escape");
      List<Issue> issues = ExchangeReader.validate(file, ReadOptions.defaults(), DatasetValidator.standard()).issues();
      assertEquals(1, issues.size(), issues.toString());
      assertEquals("FIELD_INVALID", issues.get(0).code());
      assertEquals(Optional.of("name"), issues.get(0).path());
      assertTrue(issues.get(0).arguments().toString().contains("UNPAIRED_SURROGATE"), issues.get(0).arguments().toString());
    }
  }
}
