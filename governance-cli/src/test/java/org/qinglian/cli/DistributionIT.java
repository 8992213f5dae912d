package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The download: {@code qinglian-cli-<version>.zip} unpacked as a vendor would, its launcher
 * run — validating the bundled sample, exit codes passed through, the class-data-sharing
 * archive made before the first run (whatever it is) and used after, the serial collector on Java 17
 * to 23 unless the user names another. Runs after {@code package}
 * (failsafe), on the zip the build just made. Of the Windows launcher, only CRLF line ends and
 * the same options here; {@code WindowsLauncherIT} runs it under Wine.
 */
class DistributionIT {

  private static final Path ROOT = Path.of(System.getProperty("qinglian.root", ".."));

  @TempDir
  Path dir;

  @Test
  void theUnpackedLauncherValidatesAndStartsFasterFromItsArchive() throws Exception {
    Path zip;
    try (Stream<Path> files = Files.list(ROOT.resolve("governance-cli/target"))) {
      zip = files.filter(p -> p.getFileName().toString().matches("qinglian-cli-.*\\.zip")).findFirst().orElseThrow(
          () -> new AssertionError("the build makes qinglian-cli-<version>.zip in the package phase"));
    }
    // Folders with spaces, as under C:\\Program Files or a profile named "Zhang San".
    Path home = unzip(zip, Files.createDirectories(dir.resolve("Program Files")));
    Path launcher = home.resolve("bin/qinglian");
    assertTrue(Files.getPosixFilePermissions(launcher).contains(PosixFilePermission.OWNER_EXECUTE), "executable");
    Path cache = dir.resolve("cache with space");
    Map<String, String> environment = Map.of("XDG_CACHE_HOME", cache.toString());
    String sample = ROOT.resolve("samples/data/xianyang-2022.json").toAbsolutePath().toString();

    ProcessRun first = ProcessRun.of(environment, launcher.toString(), "validate", sample, "--locale", "en");
    assertEquals(0, first.status(), first.output());
    assertTrue(first.output().contains("result: valid — errors 0"), first.output());
    // The seconds the training takes are announced, in the command's language, and nothing else is.
    String notice = CliTexts.get(CliTexts.parseOption("en").orElseThrow(), "training.notice");
    assertTrue(first.output().startsWith(notice + System.lineSeparator()), "the notice first: " + first.output());
    assertEquals(first.output().indexOf(notice), first.output().lastIndexOf(notice), first.output());
    try (Stream<Path> archives = Files.list(cache.resolve("qinglian"))) {
      assertEquals(1, archives.filter(p -> p.toString().endsWith(".jsa")).count(), "the archive the first run made");
    }
    ProcessRun second = ProcessRun.of(environment, launcher.toString(), "validate", sample);
    assertEquals(0, second.status(), second.output());
    assertTrue(!second.output().contains("cds") && !second.output().contains("CDS"), "no JVM chatter: " + second.output());
    assertTrue(!second.output().contains("QINGLIAN_CDS=off"), "no notice once the archive exists: " + second.output());
    ProcessRun logged = ProcessRun.of(Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_OPTS", "-Xlog:class+load=info"),
        launcher.toString(), "--version");
    assertTrue(logged.output().contains("source: shared objects file (top)"), "classes come from the archive");

    // The serial collector before Java 24, the JVM's own choice (G1 on two cores) from it on, as the
    // JVM itself reports it (the launcher runs this test's Java); a collector the user names in
    // JAVA_OPTS, JDK_JAVA_OPTIONS or JAVA_TOOL_OPTIONS instead (the JVM refuses to start with two).
    assertCollector(launcher, cache, Map.of("JAVA_OPTS", "-Xmx1g -Xlog:gc"),
        Runtime.version().feature() < 24 ? "Using Serial" : "Using G1");
    assertCollector(launcher, cache, Map.of("JAVA_OPTS", "-XX:+UseParallelGC -Xlog:gc"), "Using Parallel");
    assertCollector(launcher, cache, Map.of("JAVA_OPTS", "-Xlog:gc", "JDK_JAVA_OPTIONS", "-XX:+UseG1GC"), "Using G1");
    assertCollector(launcher, cache, Map.of("JAVA_OPTS", "-Xlog:gc", "JAVA_TOOL_OPTIONS", "-XX:+UseParallelGC"), "Using Parallel");

    // The archive is made before the first run, whatever it is: after a first --version (as after
    // an install), validate's classes come from it too — an archive of the first command's classes
    // held only --version's. Installed where the path is plain, under "Program Files" (the run
    // above) and in a folder named 下载: Java 17 serves no class from the archive to a jar whose
    // path holds a space or a character outside ASCII, so the launcher goes through a link.
    Path opt = unzip(zip, Files.createDirectories(dir.resolve("opt")));
    Path downloads = unzip(zip, Files.createDirectories(dir.resolve("下载")));
    for (Path installed : List.of(opt, home, downloads)) {
      // A cache of its own for each, named in plain ASCII: the launcher links the jar there only
      // when the cache's path is plain.
      validateAfterVersionUsesTheArchive(installed.resolve("bin/qinglian"), dir.resolve("cache-" + installed.getParent()
          .getFileName().toString().hashCode()), sample);
    }

    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"header\": ");
    assertEquals(2, ProcessRun.of(environment, launcher.toString(), "validate", broken.toString()).status(), "exit 2 passed through");
    ProcessRun off = ProcessRun.of(Map.of("XDG_CACHE_HOME", cache.toString(), "QINGLIAN_CDS", "off"), launcher.toString(), "--version");
    assertEquals(0, off.status(), off.output());

    String bat = Files.readString(home.resolve("bin/qinglian.bat"), StandardCharsets.ISO_8859_1);
    assertTrue(bat.contains("\r\n") && !bat.replace("\r\n", "").contains("\n"), "CRLF throughout");
    assertTrue(bat.contains("-XX:SharedArchiveFile=") && bat.contains("-XX:ArchiveClassesAtExit=") && bat.contains("lib\\qinglian.jar"));
    assertTrue(Files.exists(home.resolve("README.txt")) && Files.exists(home.resolve("LICENSE"))
        && Files.exists(home.resolve("NOTICE")));
  }

  private static void assertCollector(Path launcher, Path cache, Map<String, String> options, String expected)
      throws Exception {
    Map<String, String> environment = new java.util.HashMap<>(options);
    environment.put("XDG_CACHE_HOME", cache.toString());
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    ProcessRun run = ProcessRun.of(environment, launcher.toString(), "--version");
    assertEquals(0, run.status(), options + ": " + run.output());
    assertTrue(run.output().contains("[info][gc] " + expected), options + ": " + run.output());
  }

  /** With a fresh cache, {@code --version} first, then {@code validate}: Qinglian's classes from the archive. */
  private static void validateAfterVersionUsesTheArchive(Path launcher, Path cache, String sample) throws Exception {
    ProcessRun version = ProcessRun.of(Map.of("XDG_CACHE_HOME", cache.toString()), launcher.toString(), "--version",
        "--locale", "zh-TW");
    assertEquals(0, version.status(), version.output());
    assertTrue(version.output().startsWith(CliTexts.get(CliTexts.parseOption("zh-TW").orElseThrow(), "training.notice")),
        version.output());
    ProcessRun validated = ProcessRun.of(Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_OPTS", "-Xlog:class+load=info"),
        launcher.toString(), "validate", sample);
    assertEquals(0, validated.status(), validated.output());
    for (String name : new String[] {"org.qinglian.io.JsonRecordParser", "org.qinglian.validation.ValidationSession",
        "org.qinglian.report.TextReport"}) {
      assertTrue(validated.output().contains(name + " source: shared objects file (top)"),
          name + " from the archive, installed at " + launcher);
    }
    List<String> fromJar = validated.output().lines()
        .filter(line -> line.contains(" org.qinglian.") && line.contains("source: file:")).toList();
    assertTrue(fromJar.size() < 10, "Qinglian's classes loaded from the jar, not the archive: " + fromJar);
    assertEquals(0, ProcessRun.of(Map.of("XDG_CACHE_HOME", cache.toString()), launcher.toString(), "--version").status());
    try (Stream<Path> files = Files.list(cache.resolve("qinglian"))) {
      assertEquals(1, files.filter(p -> p.toString().endsWith(".jsa")).count(), "one archive after three runs: " + launcher);
    }
  }

  /**
   * Unpacked as unzip does it, modes included (read with Commons Compress, which sees the
   * zip's unix modes): the launcher must arrive executable.
   */
  private Path unzip(Path zip, Path root) throws Exception {
    try (org.apache.commons.compress.archivers.zip.ZipFile archive =
        org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(zip).get()) {
      for (var entries = archive.getEntries(); entries.hasMoreElements();) {
        var entry = entries.nextElement();
        Path target = root.resolve(entry.getName()).normalize();
        assertTrue(target.startsWith(root), entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (var in = archive.getInputStream(entry)) {
          Files.copy(in, target);
        }
        if ((entry.getUnixMode() & 0100) != 0) {
          Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
      }
    }
    try (Stream<Path> top = Files.list(root)) {
      return top.filter(p -> p.getFileName().toString().startsWith("qinglian-")).findFirst().orElseThrow();
    }
  }
}
