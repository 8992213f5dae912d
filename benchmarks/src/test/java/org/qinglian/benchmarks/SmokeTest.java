package org.qinglian.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The one slice of the benchmarks that runs in {@code mvn verify}: every JMH benchmark for
 * one short iteration, and the end-to-end harness on a few thousand records. It proves they
 * run; the figures come from {@code benchmarks/run.sh}.
 */
class SmokeTest {

  @TempDir
  Path dir;

  @Test
  void theEndToEndHarnessRunsEveryStep() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // With the diagnostic steps: r and s read and bind alone, v runs the rules alone.
    List<String> all = List.of("a", "b", "c", "d", "e", "f", "g", "r", "s", "v");
    Map<String, EndToEnd.Step> steps = EndToEnd.run(3_000, 1, 1, dir, all, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(all, List.copyOf(steps.keySet()));
    long records = steps.get("c").records();
    assertTrue(EndToEnd.processCpuNanos() >= 0, "the JDK the project runs on tells a process's CPU time");
    for (EndToEnd.Step step : steps.values()) {
      assertEquals(records, step.records(), step.name() + " counts the same records");
      // A step of 3,000 records can take less than the clock's tick (10 ms on Linux): measured, not necessarily above 0.
      assertTrue(step.cpuSeconds() >= 0, step.name() + " has its CPU time: " + step.cpuSeconds());
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("  c warm-up 1: ") && printed.contains("after 1 warm-up run left out"), printed);
    assertTrue(printed.contains("c/a = ") && printed.contains("d/b = ") && printed.contains("c/e = ") && printed.contains("g/f = "), printed);
    assertTrue(printed.matches("(?s).*\nd/b = [0-9.]+ \\(target ≥ 0\\.50\\); by CPU time [0-9.]+\n.*"), printed);
  }

  @Test
  void theColdCommandLineHarnessRunsEveryCommand() throws Exception {
    Path jar = Path.of("../governance-cli/target/qinglian.jar");
    assertTrue(java.nio.file.Files.exists(jar), "governance-cli is packaged before benchmarks in the reactor: " + jar);
    Path dist;
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("../governance-cli/target"))) {
      dist = files.filter(file -> file.getFileName().toString().matches("qinglian-cli-.*\\.zip")).findFirst()
          .orElseThrow(() -> new AssertionError("governance-cli's distribution is packaged before benchmarks"));
    }
    // The launcher is a POSIX shell script: measured where there is a shell (the Windows one has its own test).
    boolean posix = java.nio.file.Files.isExecutable(Path.of("/bin/sh"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Map<String, Double> medians = ColdCli.run(3_000, 1, dir, jar, Path.of("../samples/data/xianyang-2022.json"),
        posix ? dist : null, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(posix ? 13 : 9, medians.size(), bytes.toString(StandardCharsets.UTF_8));
    medians.forEach((command, seconds) -> assertTrue(seconds > 0, command));
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("÷ qinglian --version, CDS archive"));
    assertTrue(!posix || bytes.toString(StandardCharsets.UTF_8).contains("÷ bin/qinglian --version"));
    assertTrue(!posix || bytes.toString(StandardCharsets.UTF_8).contains("÷ bin/qinglian validate, CSV package"));
    // CPU time beside wall time where Linux tells it: a JVM's start alone takes more than a tick (0.01 s).
    if (java.nio.file.Files.isReadable(Path.of("/proc/self/stat"))) {
      java.util.regex.Matcher cpu = java.util.regex.Pattern.compile("run 1  qinglian --version +[0-9.]+ s  \\(CPU ([0-9.]+) s\\)")
          .matcher(bytes.toString(StandardCharsets.UTF_8));
      assertTrue(cpu.find(), bytes.toString(StandardCharsets.UTF_8));
      assertTrue(Double.parseDouble(cpu.group(1)) >= 0.05, cpu.group());
      // And split by thread: the main thread of a validating JVM works for more than a tick.
      java.util.regex.Matcher split = java.util.regex.Pattern.compile("\nqinglian validate, JSON +([0-9.]+) +([0-9.]+) +([0-9.]+)")
          .matcher(bytes.toString(StandardCharsets.UTF_8));
      assertTrue(split.find(), bytes.toString(StandardCharsets.UTF_8));
      assertTrue(Double.parseDouble(split.group(1)) >= 0.05, split.group());
    }
  }

  @Test
  void everyJmhBenchmarkRunsOnce() throws Exception {
    var options = new OptionsBuilder()
        .include("org\\.qinglian\\.benchmarks\\.(CsvParserBenchmark|RecordCostBenchmark|DatasetRulesBenchmark)")
        .param("type", "FINDING")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(200))
        .build();
    var results = new Runner(options).run();
    assertEquals(5, results.size(), "fastCsv, jacksonCsv, bind, hibernateValidator, allRules");
    for (RunResult result : results) {
      assertFalse(Double.isNaN(result.getPrimaryResult().getScore()), result.getParams().getBenchmark());
    }
  }
}
