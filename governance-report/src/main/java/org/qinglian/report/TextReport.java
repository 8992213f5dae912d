package org.qinglian.report;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.qinglian.validation.Issue;
import org.qinglian.validation.Severity;
import org.qinglian.validation.ValidationReport;

/** Lines for a terminal or a build log: one per issue, then the verdict. */
final class TextReport {

  private TextReport() {}

  static void write(ReportContext context, PrintWriter out) {
    ValidationReport report = context.report();
    String separator = context.text("report.separator");
    out.println(Terminal.safe(context.text("report.validating", "tool", context.tool(), "input", context.input())));
    for (Issue issue : report.issues()) {
      out.println(Terminal.safe(issue.toString()));
    }
    if (report.isTruncated()) {
      out.println(context.text("report.truncated", "total", report.totalIssues(), "listed", report.issues().size()));
    }
    if (!report.countsByCode().isEmpty()) {
      out.println(context.text("report.byRule", "counts", report.countsByCode().entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
    }
    out.println(context.text("report.records", "counts", report.recordsRead().entrySet().stream()
        .map(e -> context.label(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(separator))));
    String counts = context.text("report.counts", "errors", report.count(Severity.ERROR),
        "warnings", report.count(Severity.WARNING), "infos", report.count(Severity.INFO));
    out.println(context.text(report.isValid() ? "report.valid" : "report.invalid", "counts", counts,
        "rules", context.validator().rules().size(),
        "seconds", context.secondsText()));
  }
}
