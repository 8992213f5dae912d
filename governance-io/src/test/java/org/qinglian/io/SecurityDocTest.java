package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits table of the hand-written {@code docs/security.md} states the defaults the code has. */
class SecurityDocTest {

  @Test
  void theLimitsTableStatesTheDefaults() throws IOException {
    String doc = Files.readString(Path.of(System.getProperty("qinglian.root", "..")).resolve("docs/security.md"),
        StandardCharsets.UTF_8);
    ReadLimits limits = ReadLimits.defaults();
    Map<String, String> stated = Map.of(
        "maxNestingDepth", "| " + limits.maxNestingDepth() + " ",
        "maxStringLength", "| " + String.format("%,d", limits.maxStringLength()) + " characters",
        "maxNumberLength", "| " + limits.maxNumberLength() + " characters",
        "maxLineLength", "| " + (limits.maxLineLength() >> 20) + " MiB",
        "maxRecordsPerFile", "| " + String.format("%,d", limits.maxRecordsPerFile()) + " ",
        "maxZipEntries", "| " + limits.maxZipEntries() + " ",
        "maxZipBytes", "| " + (limits.maxZipBytes() >> 30) + " GiB",
        "maxZipRatio", "| " + limits.maxZipRatio() + " ×");
    stated.forEach((name, value) -> {
      String row = doc.lines().filter(l -> l.startsWith("| `" + name + "`")).findFirst().orElse("");
      assertTrue(row.contains(value), () -> "docs/security.md: the row of " + name + " should state " + value
          + ", is: " + row);
    });
  }
}
