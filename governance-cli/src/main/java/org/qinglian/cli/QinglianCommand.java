package org.qinglian.cli;

import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** 清廉 — the {@code qinglian} command and its subcommands. */
@Command(name = "qinglian", mixinStandardHelpOptions = true, versionProvider = QinglianCommand.Version.class,
    description = "Validate, convert and generate clean-governance (清廉建设) exchanges.",
    subcommands = {ValidateCommand.class, ConvertCommand.class, GenerateCommand.class, SchemaCommand.class,
        RulesCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:passes --fail-on, or done", "1:does not pass --fail-on", "2:input unreadable or wrong usage"})
final class QinglianCommand implements Runnable {

  final PrintStream out;
  final PrintStream err;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
  boolean debug;

  QinglianCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "name a command: validate, convert, generate, schema or rules");
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
