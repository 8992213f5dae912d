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
    String[] withPath = new String[args.length + 1];
    withPath[0] = BundledDataTest.DATA.resolve("xianyang-2022.json").toString();
    System.arraycopy(args, 0, withPath, 1, args.length);
    int status = ValidateSampleDataset.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), withPath);
    return new String[] {String.valueOf(status), bytes.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void theSamplePassesInChinese() {
    String[] result = run();
    assertEquals("0", result[0], result[1]);
    assertTrue(result[1].contains("清廉单元 7"), result[1]);
    assertTrue(result[1].contains("校验通过：错误 0，警告 0，提示 0"), result[1]);
    assertTrue(!result[1].contains("19750312"), "no resident id is printed");
  }

  @Test
  void theSamplePassesInEnglish() {
    String[] result = run("--locale", "en");
    assertEquals("0", result[0], result[1]);
    assertTrue(result[1].contains("units 7, tasks 2"), result[1]);
    assertTrue(result[1].contains("valid: 0 errors, 0 warnings, 0 infos"), result[1]);
  }

  @Test
  void aBrokenFileExitsWithOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    Dataset broken = org.qinglian.model.dataset.ImmutableDataset.copyOf(SampleDatasets.xianyang2022())
        .withDeclaredTotals(org.qinglian.model.dataset.ImmutableDeclaredTotals
            .copyOf(SampleDatasets.xianyang2022().getDeclaredTotals().orElseThrow()).withInspections(4637));
    java.nio.file.Path file = dir.resolve("broken.json");
    org.qinglian.io.ExchangeWriter.write(broken, file, org.qinglian.io.ExchangeFormat.JSON,
        org.qinglian.io.WriteOptions.defaults());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = ValidateSampleDataset.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), file.toString(),
        "--locale", "en");
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(1, status, out);
    assertTrue(out.contains("TOTALS_MISMATCH"), out);
    assertTrue(out.contains("invalid: 1 errors"), out);
  }

  @Test
  void anUnreadableFileExitsWithTwo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = ValidateSampleDataset.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), "no/such/file.json");
    assertEquals(2, status);
    assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("无法读取"), bytes.toString(StandardCharsets.UTF_8));
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
