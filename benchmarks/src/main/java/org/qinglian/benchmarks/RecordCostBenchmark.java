package org.qinglian.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.ReadIssue;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.RecordSink;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Plan;
import org.qinglian.model.location.SourceLocation;

/**
 * 单条记录成本 — cost per record, per record type: binding (read + bind from JSON Lines) and Hibernate
 * Validator on its own (the field rules as a plain Bean Validation user runs them). The whole
 * rule set is {@link DatasetRulesBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RecordCostBenchmark {

  static final int RECORDS = 2_000;

  @Param({"UNIT", "TASK", "INSPECTION", "FINDING", "ACTION", "ASSESSMENT", "INDICATOR"})
  public RecordType type;

  List<? extends GovernanceRecord> records;
  Dataset dataset;
  Path jsonLines;
  Validator hibernate;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dataset = DatasetGenerator.of(Plan.ofSize(RECORDS * 40L), 3).toDataset();
    records = dataset.records(type).subList(0, Math.min(RECORDS, dataset.records(type).size()));
    jsonLines = Files.createTempFile("records", ".jsonl");
    try (ExchangeWriter writer = ExchangeWriter.open(jsonLines, ExchangeFormat.JSON_LINES, WriteOptions.defaults())) {
      writer.header(dataset.getHeader());
      for (GovernanceRecord record : records) {
        writer.record(record);
      }
    }
    hibernate = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
        .buildValidatorFactory().getValidator();
  }

  /** Read and bind, from the bytes of a JSON Lines file to records. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void bind(Blackhole sink) throws IOException {
    ExchangeReader.read(jsonLines, ReadOptions.defaults(), new RecordSink() {
      @Override
      public void header(DatasetHeader header, SourceLocation location) {}

      @Override
      public void declaredTotals(DeclaredTotals totals, SourceLocation location) {}

      @Override
      public void record(GovernanceRecord record, SourceLocation location) {
        sink.consume(record);
      }

      @Override
      public void unbuiltRecord(RecordType t, Optional<String> id, SourceLocation location) {}

      @Override
      public void datasetExtension(String name, String json) {}

      @Override
      public void issue(ReadIssue issue) {
        sink.consume(issue);
      }
    });
  }

  /** The field rules through Hibernate Validator alone. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void hibernateValidator(Blackhole sink) {
    for (GovernanceRecord record : records) {
      sink.consume(hibernate.validate(record));
    }
  }
}
