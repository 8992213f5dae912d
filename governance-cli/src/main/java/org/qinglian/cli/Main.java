package org.qinglian.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * 命令行入口 — {@code java -jar qinglian.jar <command>}. Exit status: 0 passes, 1 does not
 * pass {@code --fail-on}, 2 the input cannot be read or the usage is wrong — always with one
 * clear line on standard error, and a stack trace only with {@code --debug}.
 */
public final class Main {

  // Held strongly: java.util.logging forgets levels set on loggers nobody references.
  private static final Logger HIBERNATE = Logger.getLogger("org.hibernate.validator");

  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs one command in process; returns its exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    HIBERNATE.setLevel(Level.WARNING);
    CommandLine commandLine = new CommandLine(new QinglianCommand(out, err));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.registerConverter(java.time.LocalDate.class, java.time.LocalDate::parse);
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      err.println("qinglian: " + e.getMessage());
      err.println("  qinglian " + e.getCommandLine().getCommandName().replace("qinglian", "").trim()
          + (e.getCommandLine().getCommandName().equals("qinglian") ? "" : " ") + "--help  shows the usage");
      return ExitCodes.UNREADABLE;
    });
    commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
      err.println("qinglian: " + describe(e));
      if (parseResult.hasMatchedOption("--debug")
          || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))) {
        e.printStackTrace(err);
      }
      return ExitCodes.UNREADABLE;
    });
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("qinglian: not enough memory for this input; run java with a larger -Xmx (for example -Xmx1g)");
      return ExitCodes.UNREADABLE;
    }
  }

  private static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile();
    }
    if (e instanceof java.nio.file.AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    String message = e.getMessage();
    return (message == null || message.isBlank() ? e.getClass().getSimpleName() : message).replace('\n', ' ');
  }
}
