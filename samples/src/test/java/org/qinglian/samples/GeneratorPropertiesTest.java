package org.qinglian.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.Issue;
import org.qinglian.validation.RuleDescriptor;
import org.qinglian.validation.Severity;
import org.qinglian.validation.ValidationReport;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every generated dataset validates without a single issue; every mutation is caught by its
 * own code and by no other ERROR. A failure prints "Seed was N"; replay with
 * {@code mvn -B -pl samples -am test -Dtest=GeneratorPropertiesTest -Dsurefire.failIfNoSpecifiedTests=false -DQT_SEED=N}.
 */
class GeneratorPropertiesTest {

  private static final DatasetValidator VALIDATOR = DatasetValidator.builder().build();

  @TempDir
  Path dir;

  /** A generated dataset: any seed, 10 to 1,500 records. */
  static Gen<Dataset> datasets() {
    return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE)
        .zip(Generate.longRange(10, 1_500), (seed, size) -> DatasetGenerator.of(Plan.ofSize(size), seed).toDataset());
  }

  @Test
  void everyGeneratedDatasetValidatesWithoutAnyIssue() {
    qt().withExamples(60).forAll(datasets()).checkAssert(dataset -> {
      ValidationReport report = VALIDATOR.validate(dataset);
      assertEquals(List.of(), report.issues(), dataset.getHeader().getDatasetId());
    });
  }

  @Test
  void thereIsOneMutationPerRuleCode() {
    Set<String> codes = VALIDATOR.rules().stream().map(RuleDescriptor::code).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(codes, new TreeSet<>(Mutations.codes()));
    assertEquals(Mutations.codes().size(), new TreeSet<>(Mutations.codes()).size(), "one each");
  }

  @Test
  void everyMutationIsCaughtByItsCodeAndNoOtherError() {
    qt().withExamples(15).forAll(datasets()).checkAssert(dataset -> {
      for (Mutation mutation : Mutations.all()) {
        ValidationReport report = validate(mutation, dataset);
        assertTrue(report.count(mutation.code()) > 0, () -> mutation + " not reported: " + report.issues());
        List<Issue> others = report.issues().stream()
            .filter(i -> i.severity() == Severity.ERROR && !i.code().equals(mutation.code())).toList();
        assertEquals(List.of(), others, mutation.toString());
      }
    });
  }

  private ValidationReport validate(Mutation mutation, Dataset dataset) {
    if (!mutation.isFileLevel()) {
      return VALIDATOR.validate(mutation.apply(dataset));
    }
    try {
      Path file = Files.createTempFile(dir, "mutated", ".jsonl");
      ExchangeWriter.write(dataset, file, ExchangeFormat.JSON_LINES, WriteOptions.defaults());
      Files.write(file, mutation.applyToJsonLines(Files.readAllLines(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
      return ExchangeReader.validate(file, ReadOptions.defaults(), VALIDATOR);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
