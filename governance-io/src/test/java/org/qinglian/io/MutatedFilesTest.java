package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.fixtures.Fixtures;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Valid files, broken at random — bytes flipped, cut short, two files spliced — are read or
 * reported: no exception but the documented I/O one (never raised here), and no hang. A
 * failure prints "Seed was N"; replay with -DQT_SEED=N.
 */
class MutatedFilesTest {

  @TempDir
  static Path dir;

  static byte[] json;
  static byte[] jsonLines;
  static byte[] units;
  static byte[] zip;

  @BeforeAll
  static void validFiles() throws IOException {
    ExchangeWriter.write(Fixtures.dataset(), dir.resolve("v.json"), ExchangeFormat.JSON, WriteOptions.defaults());
    ExchangeWriter.write(Fixtures.dataset(), dir.resolve("v.jsonl"), ExchangeFormat.JSON_LINES, WriteOptions.defaults());
    ExchangeWriter.write(Fixtures.dataset(), dir.resolve("v"), ExchangeFormat.CSV_FOLDER, WriteOptions.defaults());
    ExchangeWriter.write(Fixtures.dataset(), dir.resolve("v.zip"), ExchangeFormat.CSV_ZIP, WriteOptions.defaults());
    json = Files.readAllBytes(dir.resolve("v.json"));
    jsonLines = Files.readAllBytes(dir.resolve("v.jsonl"));
    units = Files.readAllBytes(dir.resolve("v/units.csv"));
    zip = Files.readAllBytes(dir.resolve("v.zip"));
  }

  /** A mutation: kind 0 flips bytes, 1 cuts short, 2 splices with another file. */
  record Mutation(int kind, long seed) {
    byte[] apply(byte[] valid, byte[] other) {
      java.util.Random random = new java.util.Random(seed);
      switch (kind) {
        case 0: {
          byte[] copy = valid.clone();
          for (int i = 1 + random.nextInt(8); i > 0; i--) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
          }
          return copy;
        }
        case 1:
          return Arrays.copyOf(valid, random.nextInt(valid.length));
        default: {
          int cut = random.nextInt(valid.length);
          int from = random.nextInt(other.length);
          byte[] spliced = Arrays.copyOf(valid, cut + other.length - from);
          System.arraycopy(other, from, spliced, cut, other.length - from);
          return spliced;
        }
      }
    }
  }

  static Gen<Mutation> mutations() {
    return Generate.range(0, 2).zip(Generate.longRange(0, Long.MAX_VALUE), Mutation::new);
  }

  private static ReadResult readWithin(Path target) {
    return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try {
        return ExchangeReader.readDataset(target, ReadOptions.defaults());
      } catch (IOException e) {
        throw new UncheckedIOException("a readable file is never an I/O failure", e);
      }
    });
  }

  private static Path write(String name, byte[] bytes) {
    try {
      Path folder = Files.createTempDirectory(dir, "m");
      Path target = folder.resolve(name);
      Files.write(target, bytes);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void mutatedJsonIsReadOrReported() {
    qt().withExamples(300).forAll(mutations()).checkAssert(m -> readWithin(write("x.json", m.apply(json, jsonLines))));
  }

  @Test
  void mutatedJsonLinesAreReadOrReported() {
    qt().withExamples(300).forAll(mutations()).checkAssert(m -> readWithin(write("x.jsonl", m.apply(jsonLines, json))));
  }

  @Test
  void mutatedCsvIsReadOrReported() {
    qt().withExamples(300).forAll(mutations()).checkAssert(m -> {
      try {
        Path folder = Files.createTempDirectory(dir, "csv");
        try (Stream<Path> files = Files.list(dir.resolve("v"))) {
          for (Path file : files.toList()) {
            Files.copy(file, folder.resolve(file.getFileName()));
          }
        }
        Files.write(folder.resolve("units.csv"), m.apply(units, json));
        readWithin(folder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The archive carries sizes and checksums: whatever a mutation does, data is never lost silently. */
  @Test
  void mutatedZipsAreReadWholeOrReported() {
    qt().withExamples(300).forAll(mutations()).checkAssert(m -> {
      ReadResult result = readWithin(write("x.zip", m.apply(zip, units)));
      assertTrue(!result.issues().isEmpty() || result.dataset().equals(Optional.of(Fixtures.dataset())),
          () -> m + " changed the data without an issue");
    });
  }

  /** A JSON document cut short is always reported (unless only trailing white space was cut). */
  @Test
  void truncatedJsonIsAlwaysReported() {
    String whole = new String(json, StandardCharsets.UTF_8).strip();
    qt().withExamples(200).forAll(Generate.range(0, json.length - 1)).checkAssert(length -> {
      byte[] cut = Arrays.copyOf(json, length);
      if (new String(cut, StandardCharsets.UTF_8).strip().equals(whole)) {
        return;
      }
      ReadResult result = readWithin(write("cut.json", cut));
      assertTrue(result.issues().stream().anyMatch(i -> i.code().equals("PARSE_ERROR")),
          () -> "cut at " + length + " read without a parse error");
    });
  }
}
