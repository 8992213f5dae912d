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
import org.qinglian.report.ReportFormat;
import org.qinglian.report.ReportWriter;
import org.qinglian.report.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** 校验 — validates an exchange file and reports in text, JSON, HTML or SARIF. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

  /** What makes the exit status 1. */
  enum FailOn { ERROR, WARNING, NEVER }

  @ParentCommand
  QinglianCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH", descriptionKey = "path")
  Path path;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html|sarif")
  ReportFormat format;

  @Option(names = "--output", paramLabel = "FILE")
  Path output;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "error|warning|never")
  FailOn failOn;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD")
  LocalDate asOf;

  @Option(names = "--severity", paramLabel = "CODE=LEVEL")
  Map<String, String> severities = new LinkedHashMap<>();

  @Option(names = "--suppress", paramLabel = "CODE")
  List<String> suppressed = new ArrayList<>();

  @Option(names = "--encoding", paramLabel = "CHARSET")
  String encoding;

  @Option(names = "--show-personal-data")
  boolean showPersonalData;

  @Option(names = "--max-issues", defaultValue = "10000", paramLabel = "N")
  int maxIssues;

  @Option(names = "--no-embedded-font")
  boolean noEmbeddedFont;

  @Option(names = "--annotated", paramLabel = "OUT.xlsx")
  Path annotated;

  @Override
  public Integer call() throws IOException {
    Locale language = parent.language(spec);
    if (output != null && Outputs.overlaps(path, output)) {
      parent.err.println(parent.text("error.prefix") + parent.text("error.outputIsInput", "out", output, "in", path));
      return ExitCodes.UNREADABLE;
    }
    boolean workbook = org.qinglian.excel.ExcelExchange.isWorkbook(path);
    if (annotated != null && !workbook) {
      throw parent.usage(spec, "error.annotatedNeedsWorkbook", "path", path);
    }
    if (annotated != null && (Outputs.overlaps(path, annotated) || output != null && Outputs.overlaps(output, annotated))) {
      parent.err.println(parent.text("error.prefix") + parent.text("error.outputIsInput", "out", annotated, "in", path));
      return ExitCodes.UNREADABLE;
    }
    DatasetValidator validator = validator(language);
    ReadOptions.Builder options = ReadOptions.builder();
    if (encoding != null) {
      options.encoding(Options.charset(parent, spec, encoding));
    }
    long started = System.nanoTime();
    long size = size(path);
    if (!workbook && WarmUp.wanted(size)) {
      try {
        WarmUp.before(path);
      } catch (IOException | RuntimeException e) {
        // Only a speed-up: its failure must not fail the run (WarmUpTest holds it to clean runs);
        // --debug shows it.
        if (parent.debug) {
          e.printStackTrace(parent.err);
        }
      }
    }
    ValidationSession session = validator.newSession();
    Progress progress = new Progress(ExchangeReader.sinkFor(session), parent.err, size, language);
    // A workbook is read through its own parts, which the byte count of the progress line does not see.
    boolean showProgress = Progress.wanted(size) && !workbook;
    if (showProgress) {
      options.progress(progress);
    }
    ReadOptions readOptions = options.build();
    ValidationReport report = showProgress
        ? readWithProgress(readOptions, session, progress)
        : workbook ? org.qinglian.excel.ExcelExchange.validate(path, readOptions, validator)
        : ExchangeReader.validate(path, readOptions, validator);
    if (showProgress) {
      progress.finish();
    }
    ReportWriter.Builder writer = ReportWriter.of(report, validator).input(path.toString()).locale(language)
        .seconds((System.nanoTime() - started) / 1e9).tool("qinglian", QinglianCommand.version());
    writeReport((noEmbeddedFont ? writer.noFallbackFont() : writer).build());
    if (annotated != null && Files.isRegularFile(path)) {
      org.qinglian.excel.ExcelExchange.annotate(path, report, annotated, language);
    }
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
        throw parent.usage(spec, "error.severityLevel", "code", code, "level", level);
      }
    });
    suppressed.forEach(builder::suppress);
    try {
      return builder.build();
    } catch (org.qinglian.validation.UnknownRuleCodeException e) {
      throw parent.usage(spec, "error.unknownRule", "code", e.code());
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

  private void writeReport(ReportWriter report) throws IOException {
    if (output == null) {
      report.write(format, parent.out);
      return;
    }
    try (org.qinglian.io.StagedOutput staged = org.qinglian.io.StagedOutput.open(output)) {
      report.write(format, staged.stream());
      staged.commit();
    }
  }

  /** 2 when the input could not be read completely: no verdict on what was not read. */
  private int exitStatus(ValidationReport report, Locale language) {
    long unreadable = report.count(Codes.PARSE_ERROR);
    if (unreadable > 0) {
      Issue first = report.issues().stream().filter(i -> i.code().equals(Codes.PARSE_ERROR)).findFirst().orElseThrow();
      String where = first.location().map(l -> l + ": ").orElse("") + first.message();
      parent.err.println(Terminal.safe(parent.text("error.prefix") + parent.text(unreadable > 1
          ? "validate.unreadableMore" : "validate.unreadable", "path", path, "first", where, "count", unreadable)));
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
