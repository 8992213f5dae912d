package org.qinglian.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeSchema;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.WriteOptions;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Plan;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/**
 * 端到端基准 — generates N records once (JSON and a CSV package, same data), then measures
 * in one run: (a) a raw Jackson token pass over the JSON, (b) a raw FastCSV pass over the
 * CSV package, (c) Qinglian read + validate of the JSON, (d) the same of the CSV package,
 * (e) networknt json-schema-validator with the exported schema over the JSON (bytes to tree
 * to schema). Prints each step's wall time, the process's CPU time meanwhile, records/s and peak
 * heap, and the ratios c/a, d/b, c/e and g/f, by wall and by CPU time.
 * The steps take turns run by run, so a ratio compares runs made side by side; v, which holds its
 * bound records in the heap, runs alone after the others.
 *
 * <p>Usage: {@code EndToEnd [--records N] [--warmup W] [--repeats R] [--dir DIR] [--steps a,b,c,d,e,f,g]
 * [--medians FILE]} ({@code --medians}: the medians written to FILE too, for {@link ManyJvms});
 * the diagnostic steps r, s (one thread reading and binding JSON or CSV, no rules) and v (the rules
 * alone, over records bound beforehand) tell which of the pipeline's two threads sets its pace.
 * {@code --warmup W} (default 0) runs each step W times more first, taking turns like the others, and
 * leaves those runs out of the medians: as JMH's warm-up iterations, they let the JIT finish compiling.
 */
public final class EndToEnd {

  private EndToEnd() {}

  /**
   * 测量步骤 — one measured step: its wall time and the CPU time the whole process took meanwhile
   * (every thread: the pipeline's two, the collector's and the JIT's; {@code NaN} where the JVM does
   * not tell). On two cores a step can use both, so the two can tell different stories.
   */
  public record Step(String name, String label, double seconds, double cpuSeconds, long records, long peakHeapBytes) {
    double recordsPerSecond() {
      return records / seconds;
    }

    double recordsPerCpuSecond() {
      return records / cpuSeconds;
    }
  }

  public static void main(String[] args) throws Exception {
    long records = 1_000_000;
    int repeats = 3;
    int warmup = 0;
    Path dir = Path.of("target/bench-data");
    String steps = "a,b,c,d,e,f,g";
    Path medians = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--records": records = Long.parseLong(args[++i]); break;
        case "--repeats": repeats = Integer.parseInt(args[++i]); break;
        case "--warmup": warmup = Integer.parseInt(args[++i]); break;
        case "--dir": dir = Path.of(args[++i]); break;
        case "--steps": steps = args[++i]; break;
        case "--medians": medians = Path.of(args[++i]); break;
        default: throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Map<String, Step> measured = run(records, warmup, repeats, dir, List.of(steps.split(",")), System.out);
    if (medians != null) {
      writeMedians(measured, medians);
    }
  }

  /** The medians as lines of tab-separated fields, for {@link ManyJvms}, which runs this in other JVMs. */
  static void writeMedians(Map<String, Step> medians, Path file) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (Step s : medians.values()) {
      lines.append(String.join("\t", s.name(), s.label(), Double.toString(s.seconds()), Double.toString(s.cpuSeconds()),
          Long.toString(s.records()), Long.toString(s.peakHeapBytes()))).append('\n');
    }
    Files.writeString(file, lines, StandardCharsets.UTF_8);
  }

  /** Runs the chosen steps without warm-up runs; returns their medians. */
  public static Map<String, Step> run(long records, int repeats, Path dir, List<String> steps, PrintStream out)
      throws Exception {
    return run(records, 0, repeats, dir, steps, out);
  }

  /** Runs the chosen steps, each {@code warmup} times unmeasured, then {@code repeats} times; returns their medians. */
  public static Map<String, Step> run(long records, int warmup, int repeats, Path dir, List<String> steps,
      PrintStream out) throws Exception {
    Files.createDirectories(dir);
    Path json = dir.resolve("e2e-" + records + ".json");
    Path csv = dir.resolve("e2e-" + records + "-csv");
    DatasetGenerator generator = DatasetGenerator.of(Plan.ofSize(records), 20221231L);
    long count = generator.recordCount();
    if (steps.stream().anyMatch(s -> !s.equals("b") && !s.equals("d")) && !Files.exists(json)) {
      out.println("generating " + json + " …");
      generator.write(json, ExchangeFormat.JSON, WriteOptions.defaults());
    }
    Path xlsx = dir.resolve("e2e-" + records + ".xlsx");
    if ((steps.contains("f") || steps.contains("g")) && !Files.exists(xlsx)) {
      out.println("generating " + xlsx + " …");
      try (var writer = org.qinglian.excel.ExcelExchange.open(xlsx, WriteOptions.builder()
          .headerLanguage(org.qinglian.io.HeaderLanguage.CHINESE).build(), Map.of())) {
        generator.write(writer); // streaming: a sheet holds at most 1,048,575 records
      }
    }
    if ((steps.contains("b") || steps.contains("d")) && !Files.exists(csv.resolve("indicators.csv"))) {
      out.println("generating " + csv + " …");
      generator.write(csv, ExchangeFormat.CSV_FOLDER, WriteOptions.defaults());
    }
    out.printf(Locale.ROOT, "records %,d; JSON %,d bytes; %s; %d cores; max heap %,d MiB%n", count,
        Files.exists(json) ? Files.size(json) : 0, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    Map<String, Step> medians = new LinkedHashMap<>();
    if (repeats == 0) {
      return medians; // generate only
    }
    DatasetValidator validator = DatasetValidator.builder().serviceLoader(null).build();
    // The steps take turns, run by run (a, c, a, c, …): a host whose speed drifts over a minute then
    // moves every step alike, and a ratio of two steps compares runs made side by side.
    List<Measured> alternated = new ArrayList<>();
    boolean rulesOnly = false;
    for (String step : steps) {
      switch (step.trim()) {
        case "a": alternated.add(new Measured("a", "raw Jackson token pass (JSON)", repeats, () -> jacksonTokens(json))); break;
        case "b": alternated.add(new Measured("b", "raw FastCSV pass (CSV package)", repeats, () -> fastCsvRows(csv))); break;
        case "c": alternated.add(new Measured("c", "Qinglian read + validate (JSON)", repeats, () -> qinglian(json, validator))); break;
        case "d": alternated.add(new Measured("d", "Qinglian read + validate (CSV)", repeats, () -> qinglian(csv, validator))); break;
        case "e": alternated.add(new Measured("e", "networknt schema (JSON → tree → schema)", Math.min(repeats, 2),
            () -> networknt(json))); break;
        case "f": alternated.add(new Measured("f", "raw fastexcel-reader pass (xlsx)", repeats, () -> workbookCells(xlsx))); break;
        case "r": alternated.add(new Measured("r", "Qinglian read + bind only (JSON; no rules)", repeats, () -> readOnly(json))); break;
        case "s": alternated.add(new Measured("s", "Qinglian read + bind only (CSV; no rules)", repeats, () -> readOnly(csv))); break;
        case "v": rulesOnly = true; break;
        case "g": alternated.add(new Measured("g", "Qinglian read + validate (xlsx)", repeats, () -> qinglianWorkbook(xlsx, validator))); break;
        default: throw new IllegalArgumentException("unknown step " + step);
      }
    }
    medians.putAll(takingTurns(alternated, warmup, repeats, out));
    if (rulesOnly) {
      // Alone, after the others: its records, bound beforehand, fill a gigabyte of heap the other steps would share.
      List<BoundRecord> bound = bind(json);
      medians.putAll(takingTurns(List.of(new Measured("v", "Qinglian rules only (bound beforehand)", repeats,
          () -> rulesOnly(bound, validator))), warmup, repeats, out));
    }
    out.println();
    out.println(repeats == 1 && warmup == 0 ? "one run a step, cold"
        : String.format(Locale.ROOT, "medians of %d runs a step%s", repeats, warmup == 0 ? ", the first (cold) among them"
            : ", after " + warmup + " warm-up run" + (warmup == 1 ? "" : "s") + " left out"));
    out.printf(Locale.ROOT, "%-3s %-42s %10s %10s %14s %12s%n", "", "step", "seconds", "CPU s", "records/s",
        "peak heap");
    for (Step s : medians.values()) {
      out.printf(Locale.ROOT, "%-3s %-42s %10.2f %10.2f %,14.0f %,9d MiB%n", s.name(), s.label(), s.seconds(),
          s.cpuSeconds(), s.recordsPerSecond(), s.peakHeapBytes() >> 20);
    }
    ratio(out, medians, "c", "a", "≥ 0.50");
    ratio(out, medians, "d", "b", "≥ 0.50");
    ratio(out, medians, "c", "e", "≥ 4");
    ratio(out, medians, "g", "f", "≥ 0.30");
    return medians;
  }

  private static void ratio(PrintStream out, Map<String, Step> steps, String x, String y, String target) {
    if (steps.containsKey(x) && steps.containsKey(y)) {
      // The target is of wall times; the same ratio of CPU times says what the two cores hide.
      out.printf(Locale.ROOT, "%s/%s = %.2f (target %s); by CPU time %.2f%n", x, y, ratio(steps, x, y, false), target,
          ratio(steps, x, y, true));
    }
  }

  /** Records a second of step {@code x} over those of step {@code y}, by wall or by CPU time. */
  static double ratio(Map<String, Step> steps, String x, String y, boolean cpu) {
    Step top = steps.get(x);
    Step bottom = steps.get(y);
    return cpu ? top.recordsPerCpuSecond() / bottom.recordsPerCpuSecond()
        : top.recordsPerSecond() / bottom.recordsPerSecond();
  }

  /** A step to measure: its name, its label, how many runs, what one run does (returns the records it read). */
  record Measured(String name, String label, int repeats, Callable<Long> body) {}

  /**
   * Runs the steps in turn, round by round: first {@code warmup} rounds whose runs are left out, then
   * {@code rounds} (each step for its own number of runs); their medians by name.
   */
  static Map<String, Step> takingTurns(List<Measured> steps, int warmup, int rounds, PrintStream out)
      throws Exception {
    for (int round = 0; round < warmup; round++) {
      for (Measured step : steps) {
        runOnce(step, "warm-up " + (round + 1), out);
      }
    }
    Map<String, List<Step>> runs = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Measured step : steps) {
        if (round < step.repeats()) {
          runs.computeIfAbsent(step.name(), name -> new ArrayList<>()).add(runOnce(step, "run " + (round + 1), out));
        }
      }
    }
    Map<String, Step> medians = new LinkedHashMap<>();
    runs.forEach((name, stepRuns) -> medians.put(name, median(stepRuns)));
    return medians;
  }

  private static Step runOnce(Measured step, String run, PrintStream out) throws Exception {
    System.gc();
    List<MemoryPoolMXBean> pools = heapPools();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    long records = step.body().call();
    double seconds = (System.nanoTime() - start) / 1e9;
    long cpuEnd = processCpuNanos();
    double cpu = cpuStart < 0 || cpuEnd < 0 ? Double.NaN : (cpuEnd - cpuStart) / 1e9;
    long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    out.printf(Locale.ROOT, "  %s %s: %.2f s (CPU %.2f s), %,d records%n", step.name(), run, seconds, cpu, records);
    return new Step(step.name(), step.label(), seconds, cpu, records, peak);
  }

  /** The median wall and CPU times of a step's runs (each its own median), with the highest peak heap among them. */
  private static Step median(List<Step> runs) {
    double seconds = Median.of(runs.stream().map(Step::seconds).toList());
    double cpu = Median.of(runs.stream().map(Step::cpuSeconds).toList());
    long peak = runs.stream().mapToLong(Step::peakHeapBytes).max().orElse(0);
    Step first = runs.get(0);
    return new Step(first.name(), first.label(), seconds, cpu, first.records(), peak);
  }

  /** The CPU time of the whole process so far, in nanoseconds, or -1 where the JVM does not tell. */
  static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  /** (a) Every token of the document, counting the records (objects inside the lists). */
  static long jacksonTokens(Path json) throws IOException {
    long records = 0;
    try (InputStream in = Files.newInputStream(json); JsonParser parser = new JsonFactory().createParser(in)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_OBJECT && parser.getParsingContext().getParent() != null
            && parser.getParsingContext().getParent().inArray()
            && parser.getParsingContext().getParent().getParent() != null
            && parser.getParsingContext().getParent().getParent().inRoot() == false
            && parser.getParsingContext().getParent().getParent().getParent() != null
            && parser.getParsingContext().getParent().getParent().getParent().inRoot()) {
          records++;
        } else if (token.isScalarValue()) {
          parser.getText();
        }
      }
    }
    return records;
  }

  /** (b) Every row of every file of the package, every field touched. */
  static long fastCsvRows(Path folder) throws IOException {
    long records = 0;
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> !p.getFileName().toString().equals("dataset.csv")).sorted().toList();
    }
    for (Path file : files) {
      try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
        boolean header = true;
        for (CsvRecord row : reader) {
          if (header) {
            header = false;
            continue;
          }
          for (int i = 0; i < row.getFieldCount(); i++) {
            row.getField(i);
          }
          records++;
        }
      }
    }
    return records;
  }

  /** (f) Every cell of every record sheet of the workbook, as text, with the chosen library alone. */
  static long workbookCells(Path xlsx) throws IOException {
    long records = 0;
    try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
        xlsx.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true, false));
        Stream<org.dhatim.fastexcel.reader.Sheet> sheets = workbook.getSheets()) {
      for (org.dhatim.fastexcel.reader.Sheet sheet : (Iterable<org.dhatim.fastexcel.reader.Sheet>) sheets::iterator) {
        boolean dataset = sheet.getIndex() == 0;
        try (Stream<org.dhatim.fastexcel.reader.Row> rows = sheet.openStream()) {
          for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) rows::iterator) {
            for (int c = 0; c < row.getCellCount(); c++) {
              org.dhatim.fastexcel.reader.Cell cell = row.getCell(c);
              if (cell != null) {
                cell.getRawValue();
              }
            }
            if (row.getRowNum() > 1 && !dataset) {
              records++;
            }
          }
        }
      }
    }
    return records;
  }

  /** (g) A workbook read, bound and validated. */
  static long qinglianWorkbook(Path xlsx, DatasetValidator validator) throws IOException {
    ValidationReport report = org.qinglian.excel.ExcelExchange.validate(xlsx, ReadOptions.defaults(), validator);
    if (!report.isValid()) {
      throw new IllegalStateException("the generated data should be valid: " + report);
    }
    return report.recordsRead().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * (r) A diagnostic, not a target: the reading thread's share of (c) — read and bind every record
   * on this thread, no rules — to tell which of c's two threads sets its pace.
   */
  static long readOnly(Path json) throws IOException {
    long[] count = {0};
    readEach(json, (record, at) -> count[0]++);
    return count[0];
  }

  /** Reads and binds every record of {@code path} on this thread, handing each to {@code each}. */
  private static void readEach(Path path,
      java.util.function.BiConsumer<org.qinglian.model.GovernanceRecord, org.qinglian.model.location.SourceLocation> each)
      throws IOException {
    ExchangeReader.read(path, ReadOptions.defaults(), new org.qinglian.io.RecordSink() {
      @Override
      public void header(org.qinglian.model.dataset.DatasetHeader header, org.qinglian.model.location.SourceLocation at) {}

      @Override
      public void declaredTotals(org.qinglian.model.dataset.DeclaredTotals totals,
          org.qinglian.model.location.SourceLocation at) {}

      @Override
      public void record(org.qinglian.model.GovernanceRecord record, org.qinglian.model.location.SourceLocation at) {
        each.accept(record, at);
      }

      @Override
      public void issue(org.qinglian.io.ReadIssue issue) {
        throw new IllegalStateException("the generated data should read clean: " + issue);
      }

      @Override
      public void datasetExtension(String name, String json) {}
    });
  }

  /** A record read and bound, with where it was read: what the pipeline hands the rule thread. */
  record BoundRecord(org.qinglian.model.GovernanceRecord record, org.qinglian.model.location.SourceLocation at) {}

  private static List<BoundRecord> bind(Path json) throws IOException {
    List<BoundRecord> bound = new ArrayList<>();
    readEach(json, (record, at) -> bound.add(new BoundRecord(record, at)));
    return bound;
  }

  /**
   * (v) A diagnostic, not a target: the rule thread's share of (c) — every rule over records bound
   * beforehand, on this thread (without field locations, which only an issue reads).
   */
  static long rulesOnly(List<BoundRecord> bound, DatasetValidator validator) {
    org.qinglian.validation.ValidationSession session = validator.newSession();
    for (BoundRecord r : bound) {
      session.record(r.record(), r.at());
    }
    ValidationReport report = session.finish();
    if (!report.isValid()) {
      throw new IllegalStateException("the generated data should be valid: " + report);
    }
    return bound.size();
  }

  /** (c), (d) The real thing: read every record, bind it, run every rule. */
  static long qinglian(Path path, DatasetValidator validator) throws IOException {
    ValidationReport report = ExchangeReader.validate(path, ReadOptions.defaults(), validator);
    if (!report.isValid()) {
      throw new IllegalStateException("the generated data should be valid: " + report);
    }
    return report.recordsRead().values().stream().mapToLong(Long::longValue).sum();
  }

  /** (e) What a producer in another language gets from the schema alone. */
  static long networknt(Path json) throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(ExchangeSchema.json(), com.networknt.schema.InputFormat.JSON);
    JsonNode tree = new ObjectMapper().readTree(Files.readAllBytes(json));
    var errors = schema.validate(tree);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("schema errors: " + errors.subList(0, Math.min(3, errors.size())));
    }
    long records = 0;
    for (JsonNode member : tree) {
      if (member.isArray()) {
        records += member.size();
      }
    }
    return records;
  }

}
