package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A finished process of a test: its exit status and everything it printed, both streams merged. */
record ProcessRun(int status, String output) {

  /** Runs {@code command} with {@code environment} added to this one's; fails after five minutes. */
  static ProcessRun of(Map<String, String> environment, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    process.getInputStream().transferTo(out);
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), String.join(" ", command));
    return new ProcessRun(process.exitValue(), out.toString(StandardCharsets.UTF_8));
  }
}
