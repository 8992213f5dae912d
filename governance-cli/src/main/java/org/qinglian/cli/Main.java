package org.qinglian.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * 命令行入口 — {@code java -jar qinglian.jar <command>}. Exit status: 0 passes, 1 does not
 * pass {@code --fail-on}, 2 the input cannot be read or the usage is wrong — always with one
 * clear line on standard error, and a stack trace only with {@code --debug}. Help, errors and
 * reports speak simplified Chinese unless {@code --locale} or the environment says otherwise.
 */
public final class Main {

  // Held strongly: java.util.logging forgets levels set on loggers nobody references.
  private static final Logger HIBERNATE = Logger.getLogger("org.hibernate.validator");

  private Main() {}

  /**
   * Runs the command line and exits with its status: 0 passed (or done), 1 an issue at or above
   * {@code --fail-on}, 2 input not (wholly) readable or wrong usage.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, System.getenv()));
  }

  /**
   * Runs one command in process with the JVM's environment; returns its exit status.
   *
   * @param args the command and its options
   * @param out where the command's output goes
   * @param err where errors and progress go
   * @return the exit status: 0 passed (or done), 1 an issue at or above {@code --fail-on}, 2 input
   *     not (wholly) readable or wrong usage
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, System.getenv());
  }

  /**
   * Runs one command in process; {@code environment} supplies {@code LC_ALL}, {@code LC_MESSAGES}
   * and {@code LANG}.
   *
   * @param args the command and its options
   * @param out where the command's output goes
   * @param err where errors and progress go
   * @param environment the environment variables to read the language from
   * @return the exit status: 0 passed (or done), 1 an issue at or above {@code --fail-on}, 2 input
   *     not (wholly) readable or wrong usage
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
    HIBERNATE.setLevel(Level.WARNING);
    Locale locale = CliTexts.choose(args, environment);
    CommandLine commandLine = new CommandLine(new QinglianCommand(out, err, locale));
    commandLine.setResourceBundle(CliTexts.BUNDLE.resourceBundle(locale));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.registerConverter(java.time.LocalDate.class, java.time.LocalDate::parse);
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      CommandLine where = e.getCommandLine();
      String command = where.getCommandSpec().qualifiedName(" ");
      err.println(CliTexts.get(locale, "error.prefix") + describe(e, locale)
          + CliTexts.get(locale, "error.seeHelp", "command", command));
      return ExitCodes.UNREADABLE;
    });
    commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
      err.println(CliTexts.get(locale, "error.prefix") + describe(e, locale));
      if (parseResult.hasMatchedOption("--debug")
          || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))) {
        e.printStackTrace(err);
      }
      return ExitCodes.UNREADABLE;
    });
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(CliTexts.get(locale, "error.prefix") + CliTexts.get(locale, "error.outOfMemory"));
      return ExitCodes.UNREADABLE;
    }
  }

  /** picocli's own messages are English; each kind of usage error gets ours instead. */
  private static String describe(ParameterException e, Locale locale) {
    if (e instanceof UsageError) {
      return e.getMessage();
    }
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> args = unmatched.getUnmatched();
      boolean command = !args.isEmpty() && !args.get(0).startsWith("-")
          && !e.getCommandLine().getSubcommands().isEmpty();
      return CliTexts.get(locale, command ? "error.unknownCommand" : "error.unknownArgument",
          "arguments", String.join(" ", args));
    }
    if (e instanceof CommandLine.MissingParameterException missing) {
      return CliTexts.get(locale, "error.missingParameter", "names", missing.getMissing().stream()
          .map(Main::name).collect(Collectors.joining(", ")));
    }
    if (e instanceof CommandLine.MaxValuesExceededException) {
      return CliTexts.get(locale, "error.tooManyValues", "arguments", String.valueOf(e.getValue()));
    }
    ArgSpec spec = e.getArgSpec();
    if (spec != null && e.getValue() != null) {
      boolean date = spec.type() == java.time.LocalDate.class;
      return CliTexts.get(locale, date ? "error.invalidDate" : "error.invalidValue",
          "option", name(spec), "value", e.getValue());
    }
    return CliTexts.get(locale, "error.usage", "option", spec == null ? "" : name(spec));
  }

  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }

  private static String describe(Exception e, Locale locale) {
    if (e instanceof java.nio.file.NoSuchFileException missing) {
      return CliTexts.get(locale, "error.noSuchFile", "path", missing.getFile());
    }
    if (e instanceof java.nio.file.AccessDeniedException denied) {
      return CliTexts.get(locale, "error.accessDenied", "path", denied.getFile());
    }
    String message = e.getMessage();
    return CliTexts.get(locale, "error.io", "detail",
        (message == null || message.isBlank() ? e.getClass().getSimpleName() : message).replace('\n', ' '));
  }
}
