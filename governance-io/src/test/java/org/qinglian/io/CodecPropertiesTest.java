package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.finding.ImmutableFinding;
import org.qinglian.model.finding.ImmutableRectification;
import org.qinglian.model.unit.ImmutableUnit;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the cell codecs and of whole round trips with hostile text. A failure
 * prints "Seed was N"; replay with {@code -DQT_SEED=N}.
 */
class CodecPropertiesTest {

  @TempDir
  Path dir;

  /** Text with the characters that break naive CSV and JSON code, Chinese included. */
  static Gen<String> awkwardText() {
    List<String> pieces = List.of("=", "+", "-", "@", "\t", "\r", "\n", "'", "\"", ",", "|", "\\", "；", "清廉", "𠮷",
        " ", "a", "1", "${1+1}", "#{x}", "\u3000", "\r\n");
    return lists().of(Generate.pick(pieces)).ofSizeBetween(1, 12).map(parts -> String.join("", parts));
  }

  @Test
  void formulaEscapingIsReversibleAndSafe() {
    qt().forAll(awkwardText()).checkAssert(text -> {
      String cell = CsvCells.escapeFormula(text);
      assertEquals(text, CsvCells.unescapeFormula(cell));
      char first = cell.charAt(0);
      assertEquals(false, first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r',
          cell);
    });
    qt().forAll(strings().allPossible().ofLengthBetween(1, 20)).checkAssert(text ->
        assertEquals(text, CsvCells.unescapeFormula(CsvCells.escapeFormula(text))));
  }

  @Test
  void listCellsAreReversible() {
    qt().forAll(lists().of(awkwardText()).ofSizeBetween(1, 5)).checkAssert(items ->
        assertEquals(items, CsvCells.splitList(CsvCells.joinList(items))));
  }

  @Test
  void aListCellWithoutEscapesSplitsAtEveryBar() {
    // The fast path (no backslash) against String.split keeping empty items.
    Gen<String> cells = lists().of(org.quicktheories.generators.Generate.pick(List.of("a", "|", "中", "U-1", " ", "")))
        .ofSizeBetween(0, 8).map(parts -> String.join("", parts));
    qt().forAll(cells).checkAssert(cell ->
        assertEquals(java.util.Arrays.asList(cell.split("\\|", -1)), CsvCells.splitList(cell), cell));
  }

  static Dataset awkward(String name, String description, String measures, BigDecimal amount) {
    Dataset base = Fixtures.dataset();
    return ImmutableDataset.copyOf(base)
        .withUnits(ImmutableUnit.copyOf(Fixtures.organ()).withName(name), Fixtures.commission(), Fixtures.village())
        .withFindings(ImmutableFinding.copyOf(Fixtures.finding()).withDescription(description)
            .withAmountInvolved(amount).withAmountRecovered(amount)
            .withRectification(ImmutableRectification.copyOf(Fixtures.rectification()).withMeasures(measures)));
  }

  @Test
  void awkwardDatasetsSurviveEveryEncoding() {
    Gen<BigDecimal> amounts = Generate.longRange(0, 99_999_999_999L).zip(Generate.range(0, 2),
        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    qt().withExamples(40).forAll(awkwardText(), awkwardText(), awkwardText(), amounts).checkAssert(
        (name, description, measures, amount) -> {
          Dataset dataset = awkward(name, description, measures, amount);
          for (Object[] encoding : new Object[][] {
              {ExchangeFormat.JSON, "x.json", HeaderLanguage.ENGLISH, StandardCharsets.UTF_8},
              {ExchangeFormat.JSON_LINES, "x.jsonl", HeaderLanguage.ENGLISH, StandardCharsets.UTF_8},
              {ExchangeFormat.CSV_FOLDER, "x", HeaderLanguage.CHINESE, CsvEncoding.GB18030},
              {ExchangeFormat.CSV_ZIP, "x.zip", HeaderLanguage.ENGLISH, StandardCharsets.UTF_8}}) {
            try {
              Path target = Files.createTempDirectory(dir, "rt").resolve((String) encoding[1]);
              ExchangeWriter.write(dataset, target, (ExchangeFormat) encoding[0], WriteOptions.builder()
                  .headerLanguage((HeaderLanguage) encoding[2]).encoding((java.nio.charset.Charset) encoding[3]).build());
              ReadResult result = ExchangeReader.readDataset(target, ReadOptions.defaults());
              assertEquals(List.of(), result.issues(), encoding[0].toString());
              assertEquals(dataset, result.dataset().orElseThrow(), encoding[0].toString());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
  }
}
