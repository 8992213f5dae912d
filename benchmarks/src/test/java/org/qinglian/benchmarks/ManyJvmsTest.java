package org.qinglian.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ManyJvms}: the steps a, c, b and d in JVMs of their own, each one's ratios and their spread. */
class ManyJvmsTest {

  @TempDir
  Path dir;

  @Test
  void eachJvmMeasuresTheFourStepsAndTheSpreadIsPrinted() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Map<String, EndToEnd.Step>> jvms = ManyJvms.run(2, 3_000, 0, 1, dir, "512m",
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(2, jvms.size(), printed);
    long records = jvms.get(0).get("c").records();
    assertTrue(records > 3_000, printed);
    for (Map<String, EndToEnd.Step> steps : jvms) {
      assertEquals(List.of("a", "c", "b", "d"), List.copyOf(steps.keySet()));
      steps.values().forEach(step -> assertEquals(records, step.records(), step.name() + " counts every record"));
      steps.values().forEach(step -> assertTrue(step.seconds() > 0 && step.cpuSeconds() >= 0, step.toString()));
    }
    assertTrue(printed.matches("(?s).*\n1 +[0-9.]+ .*\n2 +[0-9.]+ .*"), printed);
    assertTrue(printed.contains("c/a over 2 JVMs: median ") && printed.contains("d/b over 2 JVMs: median "), printed);
    // The printed median is that of the two JVMs' ratios: the same records, so b's time over d's.
    double median = (jvms.get(0).get("b").seconds() / jvms.get(0).get("d").seconds()
        + jvms.get(1).get("b").seconds() / jvms.get(1).get("d").seconds()) / 2;
    assertTrue(printed.contains(String.format(java.util.Locale.ROOT, "d/b over 2 JVMs: median %.2f,", median)), printed);
  }

  @Test
  void theMediansCrossToTheParentUnchanged() throws Exception {
    Map<String, EndToEnd.Step> steps = new java.util.LinkedHashMap<>();
    steps.put("a", new EndToEnd.Step("a", "raw Jackson token pass (JSON)", 0.6930000000000001, 0.72, 1_000_017, 142_000_000L));
    steps.put("d", new EndToEnd.Step("d", "Qinglian read + validate (CSV)", 1.3, Double.NaN, 1_000_017, 360_000_000L));
    Path file = dir.resolve("medians");
    EndToEnd.writeMedians(steps, file);
    assertEquals(steps, ManyJvms.read(file));
  }

  @Test
  void aJvmThatFailsIsReportedWithItsLog() {
    // A heap too small to start: the child exits at once, and the run stops, naming its log.
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ManyJvms.run(1, 3_000, 0, 1, dir, "1k",
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("JVM 1 failed") && e.getMessage().contains("jvm-1.log"), e.getMessage());
  }
}
