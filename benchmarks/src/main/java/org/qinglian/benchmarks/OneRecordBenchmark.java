package org.qinglian.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.qinglian.io.ExchangeJson;
import org.qinglian.io.RecordResult;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Plan;

/**
 * 单条记录读取基准 — one record read from its JSON text, as a REST endpoint does
 * ({@code ExchangeJson.read}), per record type: records a second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OneRecordBenchmark {

  @Param({"UNIT", "TASK", "INSPECTION", "FINDING", "ACTION", "ASSESSMENT_SCHEME", "ASSESSMENT", "INDICATOR"})
  public String type;

  private RecordType recordType;
  private String json;

  @Setup
  public void setUp() {
    Dataset dataset = DatasetGenerator.of(Plan.ofSize(2_000), 7).toDataset();
    recordType = RecordType.valueOf(type);
    GovernanceRecord record = dataset.records(recordType).get(0);
    json = ExchangeJson.write(record);
  }

  @Benchmark
  public RecordResult<GovernanceRecord> read() {
    return ExchangeJson.read(recordType, json);
  }
}
