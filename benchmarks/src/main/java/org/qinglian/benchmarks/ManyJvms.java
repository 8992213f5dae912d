package org.qinglian.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 多个虚拟机 — item 2's ratios in several JVMs, one after another. Within one JVM the warm steps move
 * together, but from one JVM to the next the raw passes themselves move by a fifth (the JIT's
 * choices, the host), and the ratios with them; one JVM's c/a and d/b say little alone. Each JVM runs
 * {@link EndToEnd} with the steps a, c, b and d taking turns; this prints each JVM's ratios, by wall
 * and by CPU time, and their median and range.
 *
 * <p>Usage: {@code ManyJvms [--jvms K] [--records N] [--warmup W] [--repeats R] [--dir DIR] [--heap SIZE]}
 * (defaults 5, 1,000,000, 2, 5, {@code target/bench-data}, {@code 8g}); each JVM's own output goes
 * to {@code DIR/jvm-K.log}.
 */
public final class ManyJvms {

  private ManyJvms() {}

  private static final List<String> STEPS = List.of("a", "c", "b", "d");

  public static void main(String[] args) throws Exception {
    int jvms = 5;
    long records = 1_000_000;
    int warmup = 2;
    int repeats = 5;
    Path dir = Path.of("target/bench-data");
    String heap = "8g";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--jvms": jvms = Integer.parseInt(args[++i]); break;
        case "--records": records = Long.parseLong(args[++i]); break;
        case "--warmup": warmup = Integer.parseInt(args[++i]); break;
        case "--repeats": repeats = Integer.parseInt(args[++i]); break;
        case "--dir": dir = Path.of(args[++i]); break;
        case "--heap": heap = args[++i]; break;
        default: throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    run(jvms, records, warmup, repeats, dir, heap, System.out);
  }

  /** Runs {@code jvms} JVMs, one after another; returns each one's medians by step. */
  public static List<Map<String, EndToEnd.Step>> run(int jvms, long records, int warmup, int repeats, Path dir,
      String heap, PrintStream out) throws Exception {
    EndToEnd.run(records, 0, dir, STEPS, out); // generates the files once, before the first JVM
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Map<String, EndToEnd.Step>> all = new ArrayList<>();
    out.printf(Locale.ROOT, "%-4s %7s %7s %6s %7s %7s %7s %6s %7s   (seconds of wall time, medians of %d runs a step"
        + " after %d warm-up runs)%n", "JVM", "a", "c", "c/a", "by CPU", "b", "d", "d/b", "by CPU", repeats, warmup);
    for (int jvm = 1; jvm <= jvms; jvm++) {
      Path medians = dir.resolve("jvm-" + jvm + ".medians");
      Path log = dir.resolve("jvm-" + jvm + ".log");
      Files.deleteIfExists(medians);
      Process process = new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
          EndToEnd.class.getName(), "--records", Long.toString(records), "--warmup", Integer.toString(warmup),
          "--repeats", Integer.toString(repeats), "--dir", dir.toString(), "--steps", String.join(",", STEPS),
          "--medians", medians.toString())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      int exit = process.waitFor();
      if (exit != 0 || !Files.exists(medians)) {
        throw new IllegalStateException("JVM " + jvm + " failed (exit " + exit + "); see " + log);
      }
      Map<String, EndToEnd.Step> steps = read(medians);
      all.add(steps);
      out.printf(Locale.ROOT, "%-4d %7.2f %7.2f %6.2f %7.2f %7.2f %7.2f %6.2f %7.2f%n", jvm,
          steps.get("a").seconds(), steps.get("c").seconds(), EndToEnd.ratio(steps, "c", "a", false),
          EndToEnd.ratio(steps, "c", "a", true),
          steps.get("b").seconds(), steps.get("d").seconds(), EndToEnd.ratio(steps, "d", "b", false),
          EndToEnd.ratio(steps, "d", "b", true));
      out.flush();
    }
    summary(out, all, "c", "a");
    summary(out, all, "d", "b");
    return all;
  }

  private static void summary(PrintStream out, List<Map<String, EndToEnd.Step>> all, String x, String y) {
    List<Double> wall = all.stream().map(steps -> EndToEnd.ratio(steps, x, y, false)).sorted().toList();
    List<Double> cpu = all.stream().map(steps -> EndToEnd.ratio(steps, x, y, true)).sorted().toList();
    out.printf(Locale.ROOT, "%s/%s over %d JVMs: median %.2f, %.2f–%.2f (target ≥ 0.50); by CPU time median %.2f,"
        + " %.2f–%.2f%n", x, y, all.size(), Median.of(wall), wall.get(0), wall.get(wall.size() - 1), Median.of(cpu),
        cpu.get(0), cpu.get(cpu.size() - 1));
  }

  /** The medians {@link EndToEnd#writeMedians} wrote. */
  static Map<String, EndToEnd.Step> read(Path file) throws IOException {
    Map<String, EndToEnd.Step> steps = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      steps.put(cells[0], new EndToEnd.Step(cells[0], cells[1], Double.parseDouble(cells[2]),
          Double.parseDouble(cells[3]), Long.parseLong(cells[4]), Long.parseLong(cells[5])));
    }
    return steps;
  }
}
