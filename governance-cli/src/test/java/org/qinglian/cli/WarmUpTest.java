package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.RecordType;
import org.qinglian.validation.ValidationReport;

/**
 * The warm-up before a large input reads every record type in the input's own format, cleanly
 * (so that it trains the code a valid exchange runs), and leaves nothing behind.
 */
class WarmUpTest {

  @Test
  void everyFormatReadsEveryRecordTypeCleanly(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("package"));
    for (Path input : List.of(dir.resolve("big.json"), dir.resolve("big.jsonl"), dir.resolve("big.ndjson"),
        dir.resolve("big.zip"), folder)) {
      List<Path> tempBefore = temporaryFiles();
      ValidationReport report = WarmUp.before(input);
      assertNotNull(report, input.toString());
      assertTrue(report.isValid(), input + ": " + report.issues());
      assertEquals(0, report.issues().size(), input.toString());
      for (RecordType type : RecordType.values()) {
        assertTrue(report.recordsRead().getOrDefault(type, 0L) > 0, input + " reads no " + type);
      }
      assertEquals(tempBefore, temporaryFiles(), "the warm-up's temporary file is gone");
    }
  }

  @Test
  void anInputOfUnknownFormatGetsNone(@TempDir Path dir) throws IOException {
    assertNull(WarmUp.before(dir.resolve("big.dat")));
  }

  @Test
  void onlyLargeInputsAreWarmedUpFor() {
    assertFalse(WarmUp.wanted(0));
    assertFalse(WarmUp.wanted(WarmUp.FROM_BYTES - 1));
    assertTrue(WarmUp.wanted(WarmUp.FROM_BYTES));
  }

  private static List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(file -> file.getFileName().toString().startsWith("qinglian-read-")).sorted().toList();
    }
  }
}
