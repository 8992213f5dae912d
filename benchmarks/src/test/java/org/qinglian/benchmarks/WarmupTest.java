package org.qinglian.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code EndToEnd --warmup}: warm-up runs take turns like the others and stay out of the medians. */
class WarmupTest {

  @Test
  void warmUpRunsTakeTurnsAndAreLeftOut() throws Exception {
    AtomicInteger aCalls = new AtomicInteger();
    AtomicInteger bCalls = new AtomicInteger();
    // A step's record count tells its runs apart: 1000 + the run's number, from 1.
    List<EndToEnd.Measured> steps = List.of(
        new EndToEnd.Measured("a", "first", 3, () -> 1000L + aCalls.incrementAndGet()),
        new EndToEnd.Measured("b", "second", 3, () -> 1000L + bCalls.incrementAndGet()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Map<String, EndToEnd.Step> medians = EndToEnd.takingTurns(steps, 2, 3, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertEquals(5, aCalls.get(), "two warm-up runs and three measured");
    assertEquals(5, bCalls.get());
    // The median's records are those of the first run it counts: the third call, not a warm-up run.
    assertEquals(1003L, medians.get("a").records());
    assertEquals(1003L, medians.get("b").records());
    String printed = bytes.toString(StandardCharsets.UTF_8);
    List<String> order = printed.lines().map(line -> line.trim().replaceAll(":.*", "")).toList();
    assertEquals(List.of("a warm-up 1", "b warm-up 1", "a warm-up 2", "b warm-up 2", "a run 1", "b run 1",
        "a run 2", "b run 2", "a run 3", "b run 3"), order, printed);
  }

  @Test
  void withoutWarmUpEveryRunCounts() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Map<String, EndToEnd.Step> medians = EndToEnd.takingTurns(
        List.of(new EndToEnd.Measured("a", "only", 2, () -> 1000L + calls.incrementAndGet())), 0, 2,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(2, calls.get());
    assertEquals(1001L, medians.get("a").records());
    assertTrue(!bytes.toString(StandardCharsets.UTF_8).contains("warm-up"));
  }
}
