package org.qinglian.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code EndToEnd}'s CPU time of a step: the process's CPU time while it ran, not its wall time. */
class CpuTimeTest {

  @Test
  void aBusyStepTakesCpuTimeAndASleepingOneLittle() throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    EndToEnd.Measured busy = new EndToEnd.Measured("busy", "computes for 0.3 s of this thread's CPU", 1, () -> {
      long until = threads.getCurrentThreadCpuTime() + 300_000_000L;
      long spins = 0;
      while (threads.getCurrentThreadCpuTime() < until) {
        spins++;
      }
      return spins;
    });
    EndToEnd.Measured sleeping = new EndToEnd.Measured("sleeping", "sleeps for 0.5 s", 1, () -> {
      Thread.sleep(500);
      return 1L;
    });
    Map<String, EndToEnd.Step> steps = EndToEnd.takingTurns(List.of(busy, sleeping), 0, 1,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    EndToEnd.Step computed = steps.get("busy");
    assertTrue(computed.cpuSeconds() >= 0.25, "at least the 0.3 s the step computed: " + computed);
    EndToEnd.Step slept = steps.get("sleeping");
    assertTrue(slept.seconds() >= 0.5, slept.toString());
    // Only the JVM's own threads (the JIT, the collector) may work meanwhile: far less than the wall time.
    assertTrue(slept.cpuSeconds() >= 0 && slept.cpuSeconds() < 0.4, "CPU time, not wall time: " + slept);
  }
}
