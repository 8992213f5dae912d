package org.qinglian.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of the readers (Jazzer). In {@code mvn verify} each test replays its
 * saved inputs ({@code src/test/resources/org/qinglian/io/ReaderFuzzTestInputs/<test>/}: seeds
 * and every finding ever made); with {@code -Pfuzz} it fuzzes for real for its duration. Any
 * exception other than a reported read issue is a finding.
 */
class ReaderFuzzTest {

  private static final ReadLimits LIMITS = ReadLimits.defaults().withMaxStringLength(100_000)
      .withMaxLineLength(1 << 20).withMaxRecordsPerFile(100_000);

  @FuzzTest(maxDuration = "10m")
  void jsonDocument(byte[] input) {
    read(input, "x.json", null);
  }

  @FuzzTest(maxDuration = "10m")
  void jsonLines(byte[] input) {
    read(input, "x.jsonl", null);
  }

  /** The bytes as units.csv of a package whose dataset.csv is fine. */
  @FuzzTest(maxDuration = "10m")
  void csvPackage(byte[] input) {
    read(input, "pkg", "units.csv");
  }

  /** The bytes as a whole ZIP package: archive structure, inflation, sizes and checksums. */
  @FuzzTest(maxDuration = "10m")
  void csvZip(byte[] input) {
    read(input, "x.zip", null);
  }

  private static void read(byte[] input, String name, String csvFile) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("fuzz");
      Path target = dir.resolve(name);
      if (csvFile == null) {
        Files.write(target, input);
      } else {
        Files.createDirectories(target);
        Files.writeString(target.resolve("dataset.csv"), "schema_version,dataset_id,producer_name,producer_credit_code,"
            + "jurisdiction,period_start,period_end,as_of,generated_at\r\n1.0,d1,纪委,91350100M000100Y43,420102,"
            + "2022-01-01,2022-12-31,2022-12-31,2023-01-10T09:30:00+08:00\r\n", StandardCharsets.UTF_8);
        Files.write(target.resolve(csvFile), input);
      }
      ExchangeReader.readDataset(target, ReadOptions.builder().limits(LIMITS).build());
    } catch (IOException e) {
      throw new UncheckedIOException("a readable temporary file must never be an I/O failure", e);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort
    }
  }
}
