package org.qinglian.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.WriteOptions;

/** One seed gives the same bytes, run after run; another seed gives others. */
class DeterminismTest {

  @TempDir
  Path dir;

  private byte[] bytes(long seed, ExchangeFormat format, String name) throws IOException {
    Path target = Files.createTempDirectory(dir, "d").resolve(name);
    DatasetGenerator.of(Plan.ofSize(2_000), seed).write(target, format, WriteOptions.defaults());
    if (Files.isDirectory(target)) {
      StringBuilder all = new StringBuilder();
      for (String file : new String[] {"dataset.csv", "units.csv", "findings.csv", "actions.csv"}) {
        all.append(Arrays.toString(Files.readAllBytes(target.resolve(file))));
      }
      return all.toString().getBytes();
    }
    return Files.readAllBytes(target);
  }

  @Test
  void oneSeedGivesIdenticalBytes() throws IOException {
    for (Object[] format : new Object[][] {{ExchangeFormat.JSON, "x.json"}, {ExchangeFormat.JSON_LINES, "x.jsonl"},
        {ExchangeFormat.CSV_FOLDER, "x"}}) {
      byte[] first = bytes(42, (ExchangeFormat) format[0], (String) format[1]);
      byte[] second = bytes(42, (ExchangeFormat) format[0], (String) format[1]);
      assertArrayEquals(first, second, format[0].toString());
      assertFalse(Arrays.equals(first, bytes(43, (ExchangeFormat) format[0], (String) format[1])));
    }
  }

  @Test
  void streamingAndInMemoryGiveTheSameRecords() {
    DatasetGenerator generator = DatasetGenerator.of(Plan.ofSize(500), 7);
    assertEquals(generator.toDataset(), DatasetGenerator.of(Plan.ofSize(500), 7).toDataset());
    assertEquals(generator.recordCount(), generator.toDataset().recordCount());
  }
}
