package org.qinglian.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.WriteOptions;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Plan;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/**
 * 预热 — before a large input, a small generated exchange of every record type is read and
 * validated in the input's format, five times, and the results thrown away. An exchange arrives
 * table by table (units, then tasks, then inspections …); without this, the JIT compiler
 * optimises the shared reading and rule code for the first table's records, throws that code
 * away when the next table starts, and compiles it again — about eight times over, on the
 * cores that also read and validate. Seen all types first, it compiles that code once: a cold
 * run of 1 M records of JSON took a fifth less, of CSV more than a quarter; with the records
 * validated on the reading thread while the JVM is cold, still 8 % less (docs/performance.md,
 * the eleventh round). It changes no result: its validator (built-in rules only, so that no
 * plugin's rule sees made-up records), sessions, reports and temporary files are its own.
 */
final class WarmUp {

  /**
   * Inputs from this size on are worth it (one round, cold runs of JSON, medians of five: 34 MB took
   * 2 % longer with it, 100 MB 3.5 % less, 287 MB 12 % less; five rounds gain more from 100 MB on).
   */
  static final long FROM_BYTES = 64L << 20;

  private static final int RECORDS = 100;

  /**
   * Read five times, so that the compiler sees every type come again (cold, against once: 1 M
   * records of JSON 5.54 → 5.15 s, CSV 4.79 → 4.22 s; 100 MB of JSON 3.18 → 3.03 s; twenty times
   * did no better).
   */
  private static final int ROUNDS = 5;

  private WarmUp() {}

  /** Whether an input of {@code bytes} (a workbook aside) is warmed up for. */
  static boolean wanted(long bytes) {
    return bytes >= FROM_BYTES;
  }

  /**
   * Validates a small generated exchange in the format {@code path} is in (a CSV folder as a ZIP of
   * the same files); nothing when the format cannot be told from the name.
   *
   * @return the throw-away report, for tests; null when nothing was done
   */
  static ValidationReport before(Path path) throws IOException {
    ExchangeFormat format = ExchangeFormat.detect(path).orElse(null);
    if (format == null) {
      return null;
    }
    if (format == ExchangeFormat.CSV_FOLDER) {
      format = ExchangeFormat.CSV_ZIP; // the same CSV reading; a stream cannot be a folder
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 << 10);
    DatasetGenerator generator = DatasetGenerator.of(Plan.ofSize(RECORDS), 20221231L);
    try (ExchangeWriter writer = ExchangeWriter.open(bytes, format, WriteOptions.defaults(), Map.of())) {
      generator.write(writer);
    }
    String name = "warm-up" + (format == ExchangeFormat.JSON ? ".json"
        : format == ExchangeFormat.JSON_LINES ? ".jsonl" : ".zip");
    // The built-in rules only: no rule of a plugin on the class path runs on made-up records.
    DatasetValidator validator = DatasetValidator.builder().serviceLoader(null).build();
    ValidationReport report = null;
    for (int i = 0; i < ROUNDS; i++) {
      report = ExchangeReader.validate(new ByteArrayInputStream(bytes.toByteArray()), name, ReadOptions.defaults(),
          validator);
    }
    return report;
  }
}
