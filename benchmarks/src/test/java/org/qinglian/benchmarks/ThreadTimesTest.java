package org.qinglian.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ThreadTimes} on a child JVM whose threads burn known amounts of CPU. */
class ThreadTimesTest {

  /** The child: its main thread and a thread named as the pipeline's burn CPU for the milliseconds given. */
  public static final class Burner {
    public static void main(String[] args) throws Exception {
      Thread validating = new Thread(() -> burn(Long.parseLong(args[1])), "qinglian-validate");
      validating.start();
      validating.join();
      burn(Long.parseLong(args[0]));
    }

    private static void burn(long millis) {
      java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
      long until = bean.getCurrentThreadCpuTime() + millis * 1_000_000;
      long x = 0;
      while (bean.getCurrentThreadCpuTime() < until) {
        x += System.nanoTime() % 7;
      }
      if (x == 42) {
        System.out.println(x);
      }
    }
  }

  @Test
  void splitsAChildJvmsCpuTimeByKindOfThread() throws Exception {
    boolean linux = Files.isDirectory(Path.of("/proc/self/task"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Every method compiled by C1 before it runs, so the compiler threads have work to show: about
    // 0.3 s, where the burn loops alone compile in less than the kernel's tick of 10 ms on a fast host.
    Process process = new ProcessBuilder(List.of(java, "-Xcomp", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        Burner.class.getName(), "300", "800")).inheritIO().start();
    ThreadTimes times = ThreadTimes.watch(process);
    assertEquals(0, process.waitFor());
    if (!linux) {
      assertNull(times, "nothing is measured where /proc does not tell");
      return;
    }
    Map<String, Double> byKind = times.stop();
    assertEquals(ThreadTimes.KINDS, List.copyOf(byKind.keySet()));
    // The validating thread ends before the main thread's burn: polled whole, give or take the
    // kernel's accounting in ticks (on this shared machine it told 0.74 s for 0.8 s). The main
    // thread's last 50 ms may fall after the last poll, and the JVM's start adds to it.
    assertTrue(byKind.get("validating") >= 0.5 && byKind.get("validating") <= 1.0, byKind.toString());
    assertTrue(byKind.get("main") >= 0.2, byKind.toString());
    assertTrue(byKind.get("JIT") >= 0.05, "the methods are compiled: " + byKind);
  }

  @Test
  void namesTheKindsByTheThreadsNames() {
    assertEquals("main", ThreadTimes.kind("java"));
    assertEquals("validating", ThreadTimes.kind("qinglian-valida")); // Linux keeps 15 characters
    assertEquals("JIT", ThreadTimes.kind("C2 CompilerThre"));
    assertEquals("JIT", ThreadTimes.kind("C1 CompilerThre"));
    assertEquals("GC and VM", ThreadTimes.kind("GC Thread#0"));
    assertEquals("GC and VM", ThreadTimes.kind("G1 Refine#0"));
    assertEquals("GC and VM", ThreadTimes.kind("VM Thread"));
    assertEquals("other", ThreadTimes.kind("Signal Dispatch"));
  }

  @Test
  void stealIsTheStolenShareOfTheMachinesTime() {
    assertEquals(0.25, ThreadTimes.stealShare(new long[] {1000, 10}, new long[] {1400, 110}), 1e-9);
    assertTrue(Double.isNaN(ThreadTimes.stealShare(null, new long[] {1, 1})));
    assertTrue(Double.isNaN(ThreadTimes.stealShare(new long[] {5, 0}, new long[] {5, 0})));
  }
}
