package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/qinglian.bat} from the download, run by a command interpreter we did not write —
 * Wine's {@code cmd} — with a stand-in {@code java.exe} (built from {@code src/test/windows/fakejava.c}
 * with mingw-w64) that records the command line it gets. Checked: folders with spaces (the
 * install under "Program Files", a profile "Zhang San", an argument with a space) arrive as one
 * argument each; the class-data-sharing archive is made before the first run (by the training
 * run, {@link ArchiveTraining}) and used once it exists, under {@code %LOCALAPPDATA%\qinglian},
 * named after the {@code java.exe} found through {@code JAVA_HOME} or {@code PATH}, the jar
 * named by its 8.3 short name then (Wine's cmd keeps short names too); {@code QINGLIAN_CDS=off}; the serial
 * collector on Java 17 to 23 (the {@code release} file's {@code JAVA_VERSION}) unless {@code JAVA_OPTS} or
 * {@code JDK_JAVA_OPTIONS} names one; the exit status passed through.
 * Not checked: a real JVM on Windows (there is none here). Runs with {@code -Pwindows} (Debian:
 * wine wine64 gcc-mingw-w64-x86-64, as {@code .ci/run} installs them).
 */
class WindowsLauncherIT {

  private static final String NOT_RUN = "THE WINDOWS LAUNCHER TEST DID NOT RUN: it runs with mvn -B verify -Pwindows "
      + "and needs Wine and mingw-w64 (Debian: wine wine64 gcc-mingw-w64-x86-64), as .ci/run installs them";

  private static final Path ROOT = Path.of(System.getProperty("qinglian.root", ".."));

  @TempDir
  static Path dir;

  private static Path javaHome;
  private static Path installed;

  @BeforeAll
  static void wineIsPresent() throws Exception {
    if (!Boolean.getBoolean("qinglian.windows")) {
      System.out.println(NOT_RUN);
    }
    Assumptions.assumeTrue(Boolean.getBoolean("qinglian.windows"), NOT_RUN);
    javaHome = Files.createDirectories(dir.resolve("jdk home/bin")).getParent();
    Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\r\nJAVA_VERSION=\"17.0.15\"\r\n");
    ProcessRun compiled = ProcessRun.of(Map.of(), "x86_64-w64-mingw32-gcc", "-O2", "-o", javaHome.resolve("bin/java.exe").toString(),
        ROOT.resolve("governance-cli/src/test/windows/fakejava.c").toString());
    assertEquals(0, compiled.status(), compiled.output());
    Path zip;
    try (Stream<Path> files = Files.list(ROOT.resolve("governance-cli/target"))) {
      zip = files.filter(p -> p.getFileName().toString().matches("qinglian-cli-.*\\.zip")).findFirst().orElseThrow();
    }
    Path programFiles = Files.createDirectories(dir.resolve("Program Files"));
    assertEquals(0, ProcessRun.of(Map.of(), "unzip", "-q", zip.toString(), "-d", programFiles.toString()).status());
    try (Stream<Path> top = Files.list(programFiles)) {
      installed = top.findFirst().orElseThrow();
    }
  }

  /** A path as Wine shows the Linux file system to Windows programs: drive Z. */
  private static String windows(Path path) {
    return "Z:" + path.toAbsolutePath().toString().replace('/', '\\');
  }

  /** Runs the launcher through a batch file that sets {@code settings} first; returns what java.exe got. */
  private static List<List<String>> launch(List<String> settings, int status) throws Exception {
    Path log = dir.resolve("java-" + System.nanoTime() + ".log");
    StringBuilder bat = new StringBuilder("@echo off\r\n");
    for (String setting : settings) {
      bat.append("set \"").append(setting).append("\"\r\n");
    }
    bat.append("call \"").append(windows(installed.resolve("bin/qinglian.bat")))
        .append("\" validate \"Z:\\data\\my file.json\" --locale en\r\n");
    Path script = Files.writeString(dir.resolve("run.bat"), bat);
    ProcessRun run = wine(Map.of("FAKE_JAVA_LOG", windows(log), "FAKE_JAVA_STATUS", String.valueOf(status)),
        "cmd", "/c", windows(script));
    assertEquals(0, run.status(), run.output());
    List<List<String>> runs = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      if (line.equals("--- run")) {
        runs.add(new ArrayList<>());
      } else {
        runs.get(runs.size() - 1).add(line.substring(1, line.length() - 1));
      }
    }
    return runs;
  }

  @Test
  void spacesCdsAndTheJavaFound() throws Exception {
    Path appData = Files.createDirectories(dir.resolve("Zhang San/AppData/Local"));
    List<String> settings = List.of("LOCALAPPDATA=" + windows(appData), "JAVA_HOME=" + windows(javaHome));
    String jar = windows(installed.resolve("bin")) + "\\..\\lib\\qinglian.jar";
    // The archive is named after the java.exe found and the sizes of its jvm.dll and of the jar.
    Path jvm = Files.createDirectories(javaHome.resolve("bin/server")).resolve("jvm.dll");
    Files.write(jvm, new byte[1234]);
    long jarSize = Files.size(installed.resolve("lib/qinglian.jar"));
    String archive = windows(appData) + "\\qinglian\\qinglian-" + System.getProperty("qinglian.version")
        + "-" + windows(javaHome.resolve("bin/java.exe")).replace(":", "").replace('\\', '_').replace(' ', '_')
        + "-1234-" + jarSize + ".jsa";
    List<String> plainArguments = List.of("-XX:+UseSerialGC", "-jar", jar, "validate", "Z:\\data\\my file.json", "--locale", "en");

    // The first run makes the archive from the training run, under a name of its own that it then
    // moves into place; this java.exe makes none, so the command itself runs without one.
    List<List<String>> first = launch(settings, 0);
    assertEquals(2, first.size(), first.toString());
    List<String> training = first.get(0);
    assertEquals("-Xint", training.get(0), "trained interpreted: nothing waits for the JIT when it is archived");
    assertTrue(training.get(1).matches(java.util.regex.Pattern.quote("-XX:ArchiveClassesAtExit=" + archive) + "\\.[0-9]+"),
        training.get(1));
    // With the archive on, the jar goes by its short name (Java 17 takes nothing from the archive
    // for a path with a space or a non-ASCII character), the same in the training run and after.
    String shortJar = training.get(6);
    assertTrue(shortJar.matches("[!-~]+\\\\lib\\\\qinglian\\.jar") && shortJar.contains("~"),
        "a short name, without spaces, plain ASCII: " + shortJar);
    // The user's arguments too, for the language of the notice it prints.
    assertEquals(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:+UseSerialGC", "-cp", shortJar, "org.qinglian.cli.ArchiveTraining",
        "validate", "Z:\\data\\my file.json", "--locale", "en"), training.subList(2, training.size()), "the training run");
    List<String> arguments = List.of("-XX:+UseSerialGC", "-jar", shortJar, "validate", "Z:\\data\\my file.json", "--locale", "en");
    assertEquals(arguments, first.get(1), "then the command, without an archive when none was made");

    Files.writeString(appData.resolve("qinglian").resolve(archive.substring(archive.lastIndexOf('\\') + 1)), "");
    assertEquals(concat(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
        "-Xlog:cds+dynamic=off"), arguments), launch(settings, 0).get(0), "later runs use it");

    assertEquals(plainArguments, launch(concat(settings, List.of("QINGLIAN_CDS=off")), 0).get(0),
        "QINGLIAN_CDS=off: the jar as it lies");

    // A collector the user names replaces the serial one (the JVM refuses to start with two);
    // other options leave it, and JAVA_OPTS comes after it.
    List<String> cds = List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    List<String> command = arguments.subList(1, arguments.size());
    assertEquals(concat(concat(cds, List.of("-XX:+UseSerialGC", "-Xmx2g")), command),
        launch(concat(settings, List.of("JAVA_OPTS=-Xmx2g")), 0).get(0), "JAVA_OPTS without a collector");
    assertEquals(concat(concat(cds, List.of("-Xmx2g", "-XX:+UseParallelGC")), command),
        launch(concat(settings, List.of("JAVA_OPTS=-Xmx2g -XX:+UseParallelGC")), 0).get(0), "the user's collector");
    assertEquals(concat(cds, command), launch(concat(settings, List.of("JDK_JAVA_OPTIONS=-XX:+usezgc")), 0).get(0),
        "a collector in JDK_JAVA_OPTIONS, which java.exe reads itself, in any case");
    // From Java 24 on, and where no release file tells the version, the JVM's own choice.
    Files.writeString(javaHome.resolve("release"), "JAVA_VERSION=\"25.0.3\"\r\n");
    assertEquals(concat(cds, command), launch(settings, 0).get(0), "Java 25");
    Files.delete(javaHome.resolve("release"));
    assertEquals(concat(cds, command), launch(settings, 0).get(0), "no release file");
    Files.writeString(javaHome.resolve("release"), "JAVA_VERSION=\"21.0.9\"\r\n");
    assertEquals(concat(cds, arguments), launch(settings, 0).get(0), "Java 21");

    // No JAVA_HOME: the java.exe on PATH, and the archive named after where it was found.
    List<String> onPath = List.of("LOCALAPPDATA=" + windows(appData), "JAVA_HOME=",
        "PATH=" + windows(javaHome.resolve("bin")) + ";%PATH%");
    assertEquals(concat(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
        "-Xlog:cds+dynamic=off"), arguments), launch(onPath, 0).get(0), "java found on PATH");

    // Java updated in place (another jvm.dll): the old archive is not used, a new one is made.
    Files.write(jvm, new byte[4321]);
    List<List<String>> updated = launch(settings, 0);
    assertEquals(2, updated.size(), "trained again after the update: " + updated);
    assertTrue(updated.get(0).get(1).contains("-4321-" + jarSize + ".jsa."), updated.get(0).get(1));
    assertEquals(arguments, updated.get(1));
  }

  @Test
  void theExitStatusComesThrough() throws Exception {
    // Wine's cmd loses a called batch file's status (exit /b 2 reads as 1), so the launcher runs as the command itself.
    Path plain = Files.createDirectories(dir.resolve("plain"));
    assertEquals(0, ProcessRun.of(Map.of(), "cp", "-r", installed.toString(), plain.toString()).status());
    Path launcher = plain.resolve(installed.getFileName()).resolve("bin/qinglian.bat");
    for (int status : new int[] {0, 1, 2}) {
      ProcessRun run = wine(Map.of("JAVA_HOME", windows(javaHome), "FAKE_JAVA_STATUS",
          String.valueOf(status), "FAKE_JAVA_LOG", windows(dir.resolve("status.log"))), "cmd", "/c", windows(launcher), "--version");
      assertEquals(status, run.status(), run.output());
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }


  private static ProcessRun wine(Map<String, String> environment, String... command) throws Exception {
    Map<String, String> all = new HashMap<>(environment);
    all.put("WINEPREFIX", dir.resolve("wine").toString());
    all.put("WINEDEBUG", "-all");
    all.put("WINEDLLOVERRIDES", "mscoree,mshtml="); // no Mono or Gecko installer on the first start
    List<String> line = new ArrayList<>(List.of("wine"));
    line.addAll(List.of(command));
    return ProcessRun.of(all, line.toArray(String[]::new));
  }

}
