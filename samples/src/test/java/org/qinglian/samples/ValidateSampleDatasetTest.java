package org.qinglian.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qinglian.model.dataset.Dataset;

/** The README's first command, run in process. */
class ValidateSampleDatasetTest {

  private static String[] run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = ValidateSampleDataset.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), args);
    return new String[] {String.valueOf(status), bytes.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void theSamplePassesInChinese() {
    String[] result = run();
    assertEquals("0", result[0], result[1]);
    assertTrue(result[1].contains("清廉单元 7"), result[1]);
    assertTrue(result[1].contains("字段规则校验通过：0 个问题"), result[1]);
    assertTrue(!result[1].contains("19750312"), "no resident id is printed");
  }

  @Test
  void theSamplePassesInEnglish() {
    String[] result = run("--locale", "en");
    assertEquals("0", result[0], result[1]);
    assertTrue(result[1].contains("units 7, tasks 2"), result[1]);
    assertTrue(result[1].contains("field rules passed"), result[1]);
  }

  @Test
  void wrongUsageExitsWithTwo() {
    String[] result = run("--locale", "fr");
    assertEquals("2", result[0]);
    assertTrue(result[1].startsWith("usage:"), result[1]);
  }

  @Test
  void theSampleHasEveryRecordType() {
    Dataset dataset = SampleDatasets.xianyang2022();
    for (var type : org.qinglian.model.RecordType.values()) {
      assertTrue(!dataset.records(type).isEmpty(), type.name());
    }
  }
}
