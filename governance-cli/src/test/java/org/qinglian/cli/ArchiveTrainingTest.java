package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The launchers' training run: every command it runs ends as expected (so the archive holds
 * what validate loads, not what a failure loads), and it leaves no temporary file behind.
 * {@code DistributionIT} checks the archive the launcher makes from it.
 */
class ArchiveTrainingTest {

  @Test
  void everyCommandEndsAsExpectedAndNothingIsLeft() throws IOException {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = trainingDirs(temp);
    assertEquals(ExitCodes.OK, ArchiveTraining.train());
    assertEquals(before, trainingDirs(temp), "its temporary folder deleted");
  }

  private static List<Path> trainingDirs(Path temp) throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.filter(p -> p.getFileName().toString().startsWith("qinglian-training")).sorted().toList();
    }
  }
}
