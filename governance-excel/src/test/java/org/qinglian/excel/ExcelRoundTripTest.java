package org.qinglian.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.HeaderLanguage;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.ReadResult;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Plan;
import org.qinglian.samples.Presets;
import org.qinglian.validation.DatasetValidator;

/** JSON → xlsx → JSON loses nothing: the same dataset, the same JSON bytes, in both header languages. */
class ExcelRoundTripTest {

  @TempDir
  Path dir;

  @Test
  void generatedDatasetsComeBackExactly() throws Exception {
    List<Dataset> datasets = List.of(DatasetGenerator.of(Presets.xianyang(), 1).toDataset(),
        DatasetGenerator.of(Plan.ofSize(2_000), 7).toDataset(), DatasetGenerator.of(Presets.zhejiangVillages(), 3).toDataset(),
        ExchangeReader.readDataset(Path.of("../samples/data/xianyang-2022.json"), ReadOptions.defaults()).dataset().orElseThrow());
    for (Dataset dataset : datasets) {
      for (HeaderLanguage language : HeaderLanguage.values()) {
        Path workbook = dir.resolve("x-" + language + ".xlsx");
        ExcelExchange.write(dataset, workbook, WriteOptions.builder().headerLanguage(language).build());
        ReadResult read = ExcelExchange.readDataset(workbook, ReadOptions.defaults());
        assertEquals(List.of(), read.issues(), language.toString());
        Dataset back = read.dataset().orElseThrow();
        assertEquals(json(dataset), json(back), language.toString());
        assertEquals(dataset, back);
      }
    }
  }

  @Test
  void unknownFieldsAndOddTextComeBackExactly() throws Exception {
    Dataset base = DatasetGenerator.of(Presets.xianyang(), 1).toDataset();
    var units = new java.util.ArrayList<>(base.getUnits());
    // Unknown fields of every JSON type, and text a spreadsheet could take for a formula or a number.
    units.set(0, org.qinglian.model.unit.ImmutableUnit.copyOf(units.get(0))
        .withName("=SUM(A1:A9)")
        .withExtensions(java.util.Map.of("note", "\"备注 | 含竖线\"", "score", "1.50", "flag", "false",
            "nested", "{\"a\":[1,2.0,null]}")));
    units.set(1, org.qinglian.model.unit.ImmutableUnit.copyOf(units.get(1)).withName("0012345678901234567890"));
    Dataset dataset = org.qinglian.model.dataset.ImmutableDataset.copyOf(base).withUnits(units);
    for (HeaderLanguage language : HeaderLanguage.values()) {
      Path workbook = dir.resolve("odd-" + language + ".xlsx");
      ExcelExchange.write(dataset, workbook, WriteOptions.builder().headerLanguage(language).build());
      ReadResult read = ExcelExchange.readDataset(workbook, ReadOptions.defaults());
      assertEquals(List.of("UNKNOWN_FIELD", "UNKNOWN_FIELD", "UNKNOWN_FIELD", "UNKNOWN_FIELD"),
          read.issues().stream().map(i -> i.code()).toList(), "unknown fields are reported and kept");
      assertEquals(json(dataset), json(read.dataset().orElseThrow()), language.toString());
    }
  }

  @Test
  void aCleanWorkbookValidatesCleanAndABrokenCellIsLocatedInItsSheet() throws Exception {
    Dataset dataset = DatasetGenerator.of(Presets.xianyang(), 1).toDataset();
    Path workbook = dir.resolve("clean.xlsx");
    ExcelExchange.write(dataset, workbook, WriteOptions.builder().headerLanguage(HeaderLanguage.CHINESE).build());
    DatasetValidator validator = DatasetValidator.builder().serviceLoader(null).build();
    var report = ExcelExchange.validate(workbook, ReadOptions.defaults(), validator);
    assertTrue(report.isValid(), report.issues().toString());
    assertFalse(report.recordsRead().isEmpty());
  }

  private static String json(Dataset dataset) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExchangeWriter.write(dataset, out, ExchangeFormat.JSON, WriteOptions.defaults());
    return out.toString(StandardCharsets.UTF_8);
  }
}
