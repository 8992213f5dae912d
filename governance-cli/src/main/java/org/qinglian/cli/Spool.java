package org.qinglian.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The temporary folder {@code convert} spools records to: {@code qinglian-convert-PID-…} in
 * the system's temporary folder, removed when the command ends; what a killed run left is
 * removed by the next run (its process id no longer lives).
 */
final class Spool {

  private static final String PREFIX = "qinglian-convert-";

  private Spool() {}

  static Path create() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    sweep(tmp);
    return Files.createTempDirectory(tmp, PREFIX + ProcessHandle.current().pid() + "-");
  }

  private static void sweep(Path tmp) {
    try (DirectoryStream<Path> spools = Files.newDirectoryStream(tmp, PREFIX + "*")) {
      for (Path spool : spools) {
        String rest = spool.getFileName().toString().substring(PREFIX.length());
        int dash = rest.indexOf('-');
        try {
          long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
          if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            delete(spool);
          }
        } catch (NumberFormatException e) {
          // an older spool without a process id: left alone
        }
      }
    } catch (IOException e) {
      // the sweep is a courtesy; the conversion goes on
    }
  }

  static void delete(Path spool) {
    try (Stream<Path> files = Files.walk(spool)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // swept by the next run
    }
  }
}
