package org.qinglian.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Plan;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/**
 * 全部规则基准 — every rule over a consistent in-memory dataset (no reading): the fast gate for the field
 * rules, then the record and dataset rules, per record of all types.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DatasetRulesBenchmark {

  static final int RECORDS = 100_000;

  Dataset dataset;
  DatasetValidator validator;

  @Setup
  public void setUp() {
    dataset = DatasetGenerator.of(Plan.ofSize(RECORDS), 3).toDataset();
    validator = DatasetValidator.builder().serviceLoader(null).build();
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public ValidationReport allRules() {
    ValidationReport report = validator.validate(dataset);
    if (!report.isValid()) {
      throw new IllegalStateException(report.toString());
    }
    return report;
  }
}
