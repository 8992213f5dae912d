package org.qinglian.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 冷启动命令行基准 — the command line as vendors run it: each measurement is a whole, cold process — a new JVM
 * per run — and the commands are alternated within one run of this program, so that the
 * machine's drift touches them alike. Medians of the repeats; ratios against the ceilings: a
 * process that only tokenises the JSON (Jackson) or only splits the CSV rows (FastCSV), and
 * {@code qinglian --version} for start-up. Beside each wall time, where the system tells it (Linux:
 * {@code /proc/self/stat}), the CPU time the process and its threads used — on two cores a cold
 * run's JIT compilers take much of it, which wall time alone hides. Then the same split by kind of
 * thread ({@link ThreadTimes}: the main thread, the validating thread, the JIT compilers, the
 * collector), and the share of the machine a virtual machine's host took meanwhile.
 *
 * <p>Usage: {@code ColdCli --jar qinglian.jar --sample FILE [--records N] [--repeats R] [--dir DIR]
 * [--dist qinglian-cli.zip]} (with {@code --dist}, the distribution's POSIX launcher too, as a
 * vendor runs it once unpacked: its class-data-sharing archive made before a first run of
 * {@code --version}),
 * or {@code ColdCli raw-json FILE} / {@code ColdCli raw-csv DIR} for the ceilings' processes.
 */
public final class ColdCli {

  private ColdCli() {}

  private static final Path CACHE = Path.of(System.getProperty("java.io.tmpdir"), "qinglian-coldcli-cache-"
      + ProcessHandle.current().pid());

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("raw-json")) {
      System.out.println(EndToEnd.jacksonTokens(Path.of(args[1])));
      return;
    }
    if (args.length == 2 && args[0].equals("raw-csv")) {
      System.out.println(EndToEnd.fastCsvRows(Path.of(args[1])));
      return;
    }
    long records = 1_000_000;
    int repeats = 5;
    Path dir = Path.of("target/bench-data");
    Path jar = null;
    Path sample = null;
    Path dist = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--records": records = Long.parseLong(args[++i]); break;
        case "--repeats": repeats = Integer.parseInt(args[++i]); break;
        case "--dir": dir = Path.of(args[++i]); break;
        case "--jar": jar = Path.of(args[++i]); break;
        case "--sample": sample = Path.of(args[++i]); break;
        case "--dist": dist = Path.of(args[++i]); break;
        default: throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (jar == null || sample == null) {
      throw new IllegalArgumentException("--jar and --sample are required");
    }
    run(records, repeats, dir, jar, sample, dist, System.out);
  }

  /** The medians, in seconds, by command label. */
  public static Map<String, Double> run(long records, int repeats, Path dir, Path jar, Path sample, PrintStream out)
      throws Exception {
    return run(records, repeats, dir, jar, sample, null, out);
  }

  /** The same, and with {@code dist} (a {@code qinglian-cli-*.zip}) its launcher as well. */
  public static Map<String, Double> run(long records, int repeats, Path dir, Path jar, Path sample, Path dist,
      PrintStream out) throws Exception {
    EndToEnd.run(records, 0, dir, List.of("a", "b"), out); // generates the files once
    Path json = dir.resolve("e2e-" + records + ".json");
    Path csv = dir.resolve("e2e-" + records + "-csv");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    Path archive = dir.resolve("qinglian-cli.jsa");
    Files.deleteIfExists(archive);
    // The class-data-sharing archive, as the launchers make it before their first run (docs/cli.md).
    // Its training run says so on standard error, as the launcher's first run does below: each is
    // announced first, so that the two notices read as two archives made, not one said twice.
    out.printf(Locale.ROOT, "  the archive of the runs \"with the archive\", made as the launchers make theirs:%n");
    out.flush();
    exec(List.of(java, "-Xint", "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp",
        jar.toString(), "org.qinglian.cli.ArchiveTraining"));
    String cds = "-XX:SharedArchiveFile=" + archive;

    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put("raw Jackson token pass, JSON", List.of(java, "-cp", classPath, ColdCli.class.getName(), "raw-json", json.toString()));
    commands.put("qinglian validate, JSON", List.of(java, "-jar", jar.toString(), "validate", json.toString()));
    commands.put("raw FastCSV pass, CSV package", List.of(java, "-cp", classPath, ColdCli.class.getName(), "raw-csv", csv.toString()));
    commands.put("qinglian validate, CSV package", List.of(java, "-jar", jar.toString(), "validate", csv.toString()));
    commands.put("qinglian --version", List.of(java, "-jar", jar.toString(), "--version"));
    commands.put("qinglian validate, the sample", List.of(java, "-jar", jar.toString(), "validate", sample.toString()));
    commands.put("qinglian --version, CDS archive", List.of(java, cds, "-jar", jar.toString(), "--version"));
    commands.put("qinglian validate, the sample, CDS archive", List.of(java, cds, "-jar", jar.toString(), "validate", sample.toString()));
    commands.put("qinglian validate, JSON, CDS archive", List.of(java, cds, "-jar", jar.toString(), "validate", json.toString()));
    if (dist != null) {
      String launcher = unpack(dist, dir.resolve("dist")).toString();
      // Its archive, made before a first run into the cache it is given (JAVA_HOME names the Java
      // measured); that run --version, as after an install, so validate is not what trained it.
      out.printf(Locale.ROOT, "  bin/qinglian --version, its first run, which makes the launcher's archive:%n");
      out.flush();
      Run first = exec(List.of("sh", launcher, "--version"));
      out.printf(Locale.ROOT, "  bin/qinglian --version, its first run (the archive made): %.2f s%s%n", first.wall(),
          first.cpuText());
      commands.put("bin/qinglian --version", List.of("sh", launcher, "--version"));
      commands.put("bin/qinglian validate, the sample", List.of("sh", launcher, "validate", sample.toString()));
      // The large files as a vendor runs them: the launcher adds its archive and, on Java 17 to 23, the
      // serial collector.
      commands.put("bin/qinglian validate, JSON", List.of("sh", launcher, "validate", json.toString()));
      commands.put("bin/qinglian validate, CSV package", List.of("sh", launcher, "validate", csv.toString()));
    }

    Map<String, List<Run>> times = new LinkedHashMap<>();
    commands.keySet().forEach(label -> times.put(label, new ArrayList<>()));
    for (int r = 0; r < repeats; r++) {
      for (Map.Entry<String, List<String>> command : commands.entrySet()) {
        Run run = exec(command.getValue());
        times.get(command.getKey()).add(run);
        out.printf(Locale.ROOT, "  run %d  %-45s %6.2f s%s%n", r + 1, command.getKey(), run.wall(), run.cpuText());
      }
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    out.printf(Locale.ROOT, "%n%-45s %9s %9s   (%,d records; %s %s; %d cores; whole processes, medians of %d)%n",
        "command", "seconds", "CPU s", org.qinglian.samples.DatasetGenerator.of(org.qinglian.samples.Plan.ofSize(records),
        20221231L).recordCount(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), repeats);
    times.forEach((label, list) -> {
      double median = Median.of(list.stream().map(Run::wall).toList());
      double cpu = Median.of(list.stream().map(Run::cpu).toList());
      medians.put(label, median);
      out.printf(Locale.ROOT, "%-45s %9.2f %9s%n", label, median, Double.isNaN(cpu) ? "–" : String.format(Locale.ROOT,
          "%.2f", cpu));
    });
    threads(out, times);
    out.println();
    ratio(out, medians, "raw Jackson token pass, JSON", "qinglian validate, JSON", "≥ 0.40");
    ratio(out, medians, "raw FastCSV pass, CSV package", "qinglian validate, CSV package", "≥ 0.40");
    out.printf(Locale.ROOT, "%-70s %6.2f s  (target ≤ 0.50 s)%n", "validate the sample, wall",
        medians.get("qinglian validate, the sample"));
    ratio(out, medians, "qinglian validate, the sample", "qinglian --version", "≤ 1.3 (validate ÷ --version)");
    ratio(out, medians, "qinglian validate, the sample, CDS archive", "qinglian --version, CDS archive",
        "≤ 1.3 (validate ÷ --version), both with the archive");
    if (dist != null) {
      ratio(out, medians, "raw Jackson token pass, JSON", "bin/qinglian validate, JSON", "≥ 0.40, by the launcher");
      ratio(out, medians, "raw FastCSV pass, CSV package", "bin/qinglian validate, CSV package", "≥ 0.40, by the launcher");
      ratio(out, medians, "bin/qinglian validate, the sample", "bin/qinglian --version",
          "≤ 1.3 (validate ÷ --version), both by the launcher");
    }
    delete(CACHE);
    return medians;
  }

  /**
   * Where each command's CPU time went, by kind of thread (medians of each kind over the repeats, so
   * a row need not add up to the process's median), and how much of the machine its host took
   * meanwhile: on a shared virtual machine the wall times of commands that keep both cores busy
   * suffer most from that.
   */
  private static void threads(PrintStream out, Map<String, List<Run>> times) {
    if (times.values().stream().allMatch(list -> list.get(0).threads().isEmpty())) {
      return;
    }
    out.printf(Locale.ROOT, "%nCPU seconds by thread (medians):%n%-45s", "command");
    ThreadTimes.KINDS.forEach(kind -> out.printf(Locale.ROOT, " %10s", kind));
    out.printf(Locale.ROOT, " %8s%n", "steal");
    times.forEach((label, list) -> {
      out.printf(Locale.ROOT, "%-45s", label);
      ThreadTimes.KINDS.forEach(kind -> out.printf(Locale.ROOT, " %10.2f",
          Median.of(list.stream().map(run -> run.threads().getOrDefault(kind, 0.0)).toList())));
      double steal = Median.of(list.stream().map(Run::steal).toList());
      out.printf(Locale.ROOT, " %7s%n", Double.isNaN(steal) ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * steal));
    });
  }

  private static void ratio(PrintStream out, Map<String, Double> medians, String x, String y, String target) {
    out.printf(Locale.ROOT, "%-70s %6.2f  (target %s)%n", x + " ÷ " + y, medians.get(x) / medians.get(y), target);
  }

  /** Deletes a folder and all in it, if it exists. */
  private static void delete(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /** Unpacks the distribution into {@code into} (emptied first); the path of its {@code bin/qinglian}. */
  private static Path unpack(Path zip, Path into) throws IOException {
    delete(into);
    Path launcher = null;
    try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(zip.toFile())) {
      for (java.util.zip.ZipEntry entry : java.util.Collections.list(archive.entries())) {
        Path target = into.resolve(entry.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("an entry outside the folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (java.io.InputStream in = archive.getInputStream(entry)) {
          Files.copy(in, target);
        }
        if (entry.getName().endsWith("bin/qinglian")) {
          launcher = target;
        }
      }
    }
    if (launcher == null) {
      throw new IOException("no bin/qinglian in " + zip);
    }
    return launcher;
  }

  /**
   * One process: its wall time and the CPU time it and its children used (user and system), in
   * seconds, that CPU time by kind of thread ({@link ThreadTimes}), and the share of the machine
   * its host took meanwhile; the CPU time and the share are NaN, and the kinds empty, where the
   * system does not tell them.
   */
  record Run(double wall, double cpu, Map<String, Double> threads, double steal) {
    String cpuText() {
      return (Double.isNaN(cpu) ? "" : String.format(Locale.ROOT, "  (CPU %.2f s)", cpu))
          + (Double.isNaN(steal) ? "" : String.format(Locale.ROOT, "  steal %.0f %%", 100 * steal));
    }
  }

  /**
   * The CPU seconds of this JVM's children that have ended and been waited for — fields 16 and
   * 17 of {@code /proc/self/stat}, in clock ticks of 1/100 s (Linux's {@code USER_HZ}) — or NaN
   * where there is no such file.
   */
  static double childrenCpu() {
    try {
      String[] fields = ThreadTimes.statFields(Files.readString(Path.of("/proc/self/stat")));
      return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** Runs a process to its end, its output discarded; its times. Fails on an exit other than 0. */
  private static Run exec(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    // For the launcher: the Java measured, and a cache of its own for the archive it makes.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("XDG_CACHE_HOME", CACHE.toString());
    double cpuBefore = childrenCpu();
    long[] machineBefore = ThreadTimes.machine();
    long start = System.nanoTime();
    Process process = builder.start();
    ThreadTimes threads = ThreadTimes.watch(process);
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    double steal = ThreadTimes.stealShare(machineBefore, ThreadTimes.machine());
    Map<String, Double> byKind = threads == null ? Map.of() : threads.stop();
    if (exit != 0) {
      throw new IllegalStateException("exit " + exit + ": " + String.join(" ", command));
    }
    // Java waits for the process on a thread of its own (the "process reaper"); its times are this JVM's once it has.
    return new Run(seconds, childrenCpu() - cpuBefore, byKind, steal);
  }
}
