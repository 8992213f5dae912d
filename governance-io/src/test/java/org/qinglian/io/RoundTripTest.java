package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.dataset.ImmutableDatasetHeader;
import org.qinglian.model.finding.ImmutableFinding;
import org.qinglian.model.unit.ImmutableUnit;

/** read(write(d)) equals d in every encoding, header language and character set. */
class RoundTripTest {

  @TempDir
  Path dir;

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of(ExchangeFormat.JSON, HeaderLanguage.ENGLISH, StandardCharsets.UTF_8, "x.json"),
        Arguments.of(ExchangeFormat.JSON_LINES, HeaderLanguage.ENGLISH, StandardCharsets.UTF_8, "x.jsonl"),
        Arguments.of(ExchangeFormat.CSV_FOLDER, HeaderLanguage.ENGLISH, StandardCharsets.UTF_8, "x"),
        Arguments.of(ExchangeFormat.CSV_FOLDER, HeaderLanguage.CHINESE, CsvEncoding.GB18030, "x"),
        Arguments.of(ExchangeFormat.CSV_ZIP, HeaderLanguage.CHINESE, StandardCharsets.UTF_8, "x.zip"),
        Arguments.of(ExchangeFormat.CSV_ZIP, HeaderLanguage.ENGLISH, CsvEncoding.GB18030, "x.zip"));
  }

  static Dataset withExtensions() {
    Dataset base = Fixtures.dataset();
    return ImmutableDataset.copyOf(base)
        .withHeader(ImmutableDatasetHeader.copyOf(base.getHeader()).withExtensions(Map.of("contact", "\"李某 027-1234\"")))
        .withUnits(ImmutableUnit.copyOf(Fixtures.organ()).withExtensions(Map.of("colour", "\"=HYPERLINK(1)\"")),
            Fixtures.commission(), Fixtures.village())
        .withFindings(ImmutableFinding.copyOf(Fixtures.finding()).withDescription("-1元 =SUM(A1) @x |竖线| \\反斜杠"))
        // A text in a list of objects that a spreadsheet would run (guarded item by item in CSV).
        .withAssessmentSchemes(org.qinglian.model.assessment.ImmutableAssessmentScheme.copyOf(Fixtures.scheme())
            .withGrades(org.qinglian.model.assessment.Grade.of("EXCELLENT", "=优秀", "90"),
                org.qinglian.model.assessment.Grade.of("GOOD", "+良好|甲", "80"),
                org.qinglian.model.assessment.Grade.of("FAIR", "'-一般", "60"),
                org.qinglian.model.assessment.Grade.of("POOR", "较差", "0")),
            // A list of one item is read by a shorter path: guarded all the same.
            org.qinglian.model.assessment.ImmutableAssessmentScheme.copyOf(Fixtures.scheme()).withId("S-ONE")
                .withGrades(org.qinglian.model.assessment.Grade.of("EXCELLENT", "@优秀", "90")));
  }

  @ParameterizedTest
  @MethodSource("encodings")
  void theFixtureSurvivesEveryEncoding(ExchangeFormat format, HeaderLanguage language, Charset charset, String name)
      throws IOException {
    Dataset dataset = withExtensions();
    Path target = dir.resolve(name);
    ExchangeWriter.write(dataset, target, format,
        WriteOptions.builder().headerLanguage(language).encoding(charset).prettyJson(true).build());
    ReadResult result = ExchangeReader.readDataset(target, ReadOptions.defaults());
    assertFalse(result.hasErrors(), result.issues().toString());
    assertEquals(dataset, result.dataset().orElseThrow());
    assertTrue(result.issues().stream().allMatch(i -> i.code().equals("UNKNOWN_FIELD")), result.issues().toString());
    assertEquals(2, result.issues().size(), "each kept unknown field is reported: " + result.issues());
  }
}
