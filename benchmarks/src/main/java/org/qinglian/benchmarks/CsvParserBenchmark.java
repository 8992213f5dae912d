package org.qinglian.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.WriteOptions;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Plan;

/**
 * CSV 解析器对比 — FastCSV against jackson-dataformat-csv on the same findings.csv (the widest table), every
 * field of every row touched: the comparison that chose the CSV library of governance-io.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CsvParserBenchmark {

  static final int ROWS = 20_000;

  String csv;

  @Setup
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("csv-bench");
    DatasetGenerator.of(Plan.ofSize(ROWS * 4L), 1).write(dir.resolve("pkg"), ExchangeFormat.CSV_FOLDER,
        WriteOptions.builder().bom(false).build());
    csv = Files.readString(dir.resolve("pkg/findings.csv"), StandardCharsets.UTF_8);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void fastCsv(Blackhole sink) throws IOException {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new StringReader(csv))) {
      for (CsvRecord row : reader) {
        for (int i = 0; i < row.getFieldCount(); i++) {
          sink.consume(row.getField(i));
        }
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void jacksonCsv(Blackhole sink) throws IOException {
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(new StringReader(csv))) {
      while (rows.hasNext()) {
        for (String field : rows.next()) {
          sink.consume(field);
        }
      }
    }
  }
}
