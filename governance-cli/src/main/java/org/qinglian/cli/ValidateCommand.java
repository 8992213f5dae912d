package org.qinglian.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ReadOptions;
import org.qinglian.validation.Codes;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.Issue;
import org.qinglian.validation.Severity;
import org.qinglian.validation.ValidationReport;
import org.qinglian.validation.ValidationSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** 校验 — validates an exchange file and reports in text, JSON, HTML or SARIF. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate an exchange: a .json, .jsonl or .zip file, or a folder of CSV files.")
final class ValidateCommand implements Callable<Integer> {

  /** What makes the exit status 1. */
  enum FailOn { ERROR, WARNING, NEVER }

  @ParentCommand
  QinglianCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH", description = "The exchange to validate.")
  Path path;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html|sarif",
      description = "Report format (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report here instead of standard output.")
  Path output;

  @Option(names = "--locale", defaultValue = "zh-CN", paramLabel = "zh-CN|en", description = "Message language.")
  String locale;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "error|warning|never",
      description = "Exit 1 when an issue of this severity or worse is found (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Count overdue tasks and rectifications from this day.")
  LocalDate asOf;

  @Option(names = "--severity", paramLabel = "CODE=LEVEL", description = "Change a rule's severity (error, warning, info).")
  Map<String, String> severities = new LinkedHashMap<>();

  @Option(names = "--suppress", paramLabel = "CODE", description = "Drop every issue of a rule code.")
  List<String> suppressed = new ArrayList<>();

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of CSV files (default: detected).")
  String encoding;

  @Option(names = "--show-personal-data",
      description = "Show resident ids and person names in full in the report (masked by default).")
  boolean showPersonalData;

  @Option(names = "--max-issues", defaultValue = "10000", paramLabel = "N",
      description = "Store at most N issues in the report; counts stay exact (default: ${DEFAULT-VALUE}).")
  int maxIssues;

  @Override
  public Integer call() throws IOException {
    Locale language = Options.locale(spec, locale);
    DatasetValidator validator = validator(language);
    ReadOptions.Builder options = ReadOptions.builder();
    if (encoding != null) {
      options.encoding(Options.charset(spec, encoding));
    }
    long started = System.nanoTime();
    long size = size(path);
    ValidationSession session = validator.newSession();
    Progress progress = new Progress(ExchangeReader.sinkFor(session), parent.err, size);
    boolean showProgress = Progress.wanted(size);
    if (showProgress) {
      options.progress(progress);
    }
    ReadOptions readOptions = options.build();
    ValidationReport report = showProgress
        ? readWithProgress(readOptions, session, progress)
        : ExchangeReader.validate(path, readOptions, validator);
    if (showProgress) {
      progress.finish();
    }
    ReportContext context = new ReportContext(report, validator, path, (System.nanoTime() - started) / 1e9, language);
    writeReport(context);
    return exitStatus(report, language);
  }

  private ValidationReport readWithProgress(ReadOptions readOptions, ValidationSession session, Progress progress)
      throws IOException {
    ExchangeReader.read(path, readOptions, progress);
    return session.finish();
  }

  private DatasetValidator validator(Locale language) {
    DatasetValidator.Builder builder = DatasetValidator.builder().locale(language).maxIssues(maxIssues)
        .showPersonalData(showPersonalData)
        .maxIssuesPerCode(Math.min(maxIssues, 1_000));
    if (asOf != null) {
      builder.asOf(asOf);
    }
    severities.forEach((code, level) -> {
      try {
        builder.severity(code, Severity.valueOf(level.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--severity " + code + "=" + level
            + ": the level is error, warning or info");
      }
    });
    suppressed.forEach(builder::suppress);
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage() + " (qinglian rules lists the codes)");
    }
  }

  private static long size(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return Files.exists(path) ? Files.size(path) : 0;
    }
    long total = 0;
    try (Stream<Path> files = Files.list(path)) {
      for (Path file : files.toList()) {
        total += Files.isRegularFile(file) ? Files.size(file) : 0;
      }
    }
    return total;
  }

  private void writeReport(ReportContext context) throws IOException {
    OutputStream stream = output == null ? parent.out : Files.newOutputStream(output);
    Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    try {
      switch (format) {
        case JSON:
          JsonReport.write(context, writer);
          break;
        case SARIF:
          SarifReport.write(context, writer);
          break;
        case HTML:
          HtmlReport.write(context, new PrintWriter(writer));
          break;
        default:
          TextReport.write(context, new PrintWriter(writer));
      }
    } finally {
      writer.flush();
      if (output != null) {
        writer.close();
      }
    }
  }

  /** 2 when the input could not be read completely: no verdict on what was not read. */
  private int exitStatus(ValidationReport report, Locale language) {
    boolean zh = language.getLanguage().equals("zh");
    if (report.count(Codes.PARSE_ERROR) > 0) {
      Issue first = report.issues().stream().filter(i -> i.code().equals(Codes.PARSE_ERROR)).findFirst().orElseThrow();
      parent.err.println("qinglian: " + (zh ? "无法完整读取 " : "cannot read all of ") + path + " — "
          + first.location().map(l -> l + ": ").orElse("") + first.message()
          + (report.count(Codes.PARSE_ERROR) > 1 ? (zh ? "（共 " : " (") + report.count(Codes.PARSE_ERROR)
              + (zh ? " 处）" : " read errors)") : ""));
      return ExitCodes.UNREADABLE;
    }
    boolean failed;
    switch (failOn) {
      case WARNING:
        failed = report.count(Severity.ERROR) + report.count(Severity.WARNING) > 0;
        break;
      case NEVER:
        failed = false;
        break;
      default:
        failed = !report.isValid();
    }
    return failed ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
