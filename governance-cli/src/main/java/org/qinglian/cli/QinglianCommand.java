package org.qinglian.cli;

import java.io.PrintStream;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** 清廉 — the {@code qinglian} command and its subcommands; texts in {@code org/qinglian/cli/messages*.properties}. */
@Command(name = "qinglian", mixinStandardHelpOptions = true, versionProvider = QinglianCommand.Version.class,
    subcommands = {ValidateCommand.class, ConvertCommand.class, GenerateCommand.class, SchemaCommand.class,
        RulesCommand.class, TemplateCommand.class})
final class QinglianCommand implements Runnable {

  final PrintStream out;
  final PrintStream err;
  /** The language chosen before parsing (the help needs it), from --locale or the environment. */
  private final Locale chosen;

  @Option(names = "--debug", scope = ScopeType.INHERIT)
  boolean debug;

  @Option(names = "--locale", scope = ScopeType.INHERIT, paramLabel = "zh-CN|zh-TW|en")
  String locale;

  QinglianCommand(PrintStream out, PrintStream err, Locale chosen) {
    this.out = out;
    this.err = err;
    this.chosen = chosen;
  }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** The language of messages; a --locale value that is not one of ours is a usage error. */
  Locale language(picocli.CommandLine.Model.CommandSpec where) {
    if (locale != null && CliTexts.parseOption(locale).isEmpty()) {
      throw new UsageError(where.commandLine(), CliTexts.get(chosen, "error.locale", "value", locale));
    }
    return chosen;
  }

  /** A usage error in the chosen language. */
  UsageError usage(picocli.CommandLine.Model.CommandSpec where, String key, Object... namesAndValues) {
    return new UsageError(where.commandLine(), CliTexts.get(chosen, key, namesAndValues));
  }

  /** A text in the chosen language. */
  String text(String key, Object... namesAndValues) {
    return CliTexts.get(chosen, key, namesAndValues);
  }

  @Override
  public void run() {
    throw usage(spec, "error.noCommand");
  }

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = QinglianCommand.class.getPackage().getImplementationVersion();
      return new String[] {"qinglian " + (version == null ? "development build" : version)};
    }
  }

  static String version() {
    String version = QinglianCommand.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
