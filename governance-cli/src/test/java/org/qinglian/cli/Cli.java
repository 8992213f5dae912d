package org.qinglian.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in process and keeps what it printed. */
final class Cli {

  final int status;
  final String out;
  final String err;

  private Cli(int status, String out, String err) {
    this.status = status;
    this.out = out;
    this.err = err;
  }

  /** Runs with no language in the environment, so the default (simplified Chinese) applies whatever the machine's. */
  static Cli run(String... args) {
    return runIn(java.util.Map.of(), args);
  }

  /** Runs with {@code environment} as the process environment ({@code LANG} and so on). */
  static Cli runIn(java.util.Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), environment);
    return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "exit " + status + "\n--- out\n" + out + "\n--- err\n" + err;
  }
}
