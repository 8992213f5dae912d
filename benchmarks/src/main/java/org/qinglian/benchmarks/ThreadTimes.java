package org.qinglian.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 线程耗时 — where a process's CPU time went, by kind of thread: the command's main thread, the
 * pipeline's validating thread, the JIT compilers, the collector and the VM's own. A cold run on two
 * cores shares them between all of these, and the whole process's CPU time cannot say which took
 * what. Linux only: the threads' times are polled from {@code /proc/PID/task/TID/stat} while the
 * process runs (a thread that ends between two polls loses at most one interval, 50 ms); elsewhere
 * nothing is measured.
 */
final class ThreadTimes {

  /** The kinds of thread, in the order they are printed. */
  static final List<String> KINDS = List.of("main", "validating", "JIT", "GC and VM", "other");

  private static final Path PROC = Path.of("/proc");
  private static final long INTERVAL_MS = 50;

  /** CPU ticks (1/100 s) by thread id, and each thread's name. */
  private final Map<String, Long> ticks = new ConcurrentHashMap<>();
  private final Map<String, String> names = new ConcurrentHashMap<>();
  private final Thread poller;
  private volatile boolean stopped;

  private ThreadTimes(Process process) {
    poller = new Thread(() -> {
      while (!stopped) {
        poll(process);
        try {
          Thread.sleep(INTERVAL_MS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "thread-times");
    poller.setDaemon(true);
  }

  /** Starts watching {@code process} and the processes it starts (a launcher's JVM); null off Linux. */
  static ThreadTimes watch(Process process) {
    if (!Files.isDirectory(PROC.resolve("self/task"))) {
      return null;
    }
    ThreadTimes times = new ThreadTimes(process);
    times.poller.start();
    return times;
  }

  /**
   * Stops watching (once the process has ended: its last poll stands, at most one interval before
   * its end); the CPU seconds by kind of thread, every kind present.
   */
  Map<String, Double> stop() throws InterruptedException {
    stopped = true;
    poller.interrupt();
    poller.join();
    Map<String, Double> byKind = new LinkedHashMap<>();
    KINDS.forEach(kind -> byKind.put(kind, 0.0));
    ticks.forEach((thread, count) -> byKind.merge(kind(names.get(thread)), count / 100.0, Double::sum));
    return byKind;
  }

  /**
   * The kind of a thread by the name the JVM gives it (Linux keeps its first 15 characters): the
   * main thread is named after the launcher ({@code java}), the pipeline's thread {@code
   * qinglian-validate}.
   */
  static String kind(String name) {
    if (name.equals("java")) {
      return "main";
    }
    if (name.startsWith("qinglian-valid")) {
      return "validating";
    }
    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
      return "JIT";
    }
    if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")
        || name.startsWith("VM Periodic")) {
      return "GC and VM";
    }
    return "other";
  }

  private void poll(Process process) {
    List<ProcessHandle> processes = new ArrayList<>();
    processes.add(process.toHandle());
    process.descendants().forEach(processes::add);
    for (ProcessHandle handle : processes) {
      Path tasks = PROC.resolve(handle.pid() + "/task");
      try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
        for (Path thread : threads) {
          read(handle.pid() + "/" + thread.getFileName(), thread.resolve("stat"));
        }
      } catch (IOException | RuntimeException e) {
        // The process ended between listing and reading: its last poll stands.
      }
    }
  }

  private void read(String thread, Path stat) {
    try {
      String line = Files.readString(stat);
      String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
      String[] fields = statFields(line);
      long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime, fields 14 and 15
      names.put(thread, name);
      ticks.merge(thread, used, Math::max);
    } catch (IOException | RuntimeException e) {
      // The thread ended between listing and reading.
    }
  }

  /**
   * The fields of a {@code /proc/…/stat} line from the third on (index 0 is field 3): field 2, the
   * name, is in parentheses and may hold spaces, so they are counted from after its last one.
   */
  static String[] statFields(String line) {
    return line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
  }

  /**
   * The share of the machine's time its host took from it (a virtual machine's "steal") between two
   * readings of {@link #machine()}, or NaN where unknown.
   */
  static double stealShare(long[] before, long[] after) {
    if (before == null || after == null) {
      return Double.NaN;
    }
    long total = after[0] - before[0];
    return total <= 0 ? Double.NaN : (after[1] - before[1]) / (double) total;
  }

  /** All the machine's CPU ticks so far and those stolen from it (from {@code /proc/stat}), or null. */
  static long[] machine() {
    try {
      String cpu = Files.readAllLines(PROC.resolve("stat")).get(0);
      String[] fields = cpu.trim().split("\\s+");
      long total = 0;
      // user nice system idle iowait irq softirq steal (guest time is counted in user already)
      for (int i = 1; i <= 8 && i < fields.length; i++) {
        total += Long.parseLong(fields[i]);
      }
      return new long[] {total, fields.length > 8 ? Long.parseLong(fields[8]) : 0};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
