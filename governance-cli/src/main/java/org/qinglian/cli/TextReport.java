package org.qinglian.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.qinglian.validation.Issue;
import org.qinglian.validation.Severity;
import org.qinglian.validation.ValidationReport;

/** Lines for a terminal or a build log: one per issue, then the verdict. */
final class TextReport {

  private TextReport() {}

  static void write(ReportContext context, PrintWriter out) {
    ValidationReport report = context.report();
    boolean zh = context.chinese();
    out.println("qinglian " + QinglianCommand.version() + (zh ? " — 校验 " : " — validating ") + context.input());
    for (Issue issue : report.issues()) {
      out.println(issue);
    }
    if (report.isTruncated()) {
      out.println(zh ? "（共 " + report.totalIssues() + " 个问题，只列出 " + report.issues().size() + " 个；计数见下）"
          : "(" + report.totalIssues() + " issues in all, " + report.issues().size() + " listed; counts below)");
    }
    if (!report.countsByCode().isEmpty()) {
      out.println((zh ? "按规则：" : "by rule: ") + report.countsByCode().entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
    out.println((zh ? "记录：" : "records: ") + report.recordsRead().entrySet().stream()
        .map(e -> (zh ? e.getKey().simplifiedLabel() : e.getKey().jsonName()) + " " + e.getValue())
        .collect(Collectors.joining(zh ? "，" : ", ")));
    String counts = zh
        ? "错误 " + report.count(Severity.ERROR) + "，警告 " + report.count(Severity.WARNING) + "，提示 "
            + report.count(Severity.INFO)
        : "errors " + report.count(Severity.ERROR) + ", warnings " + report.count(Severity.WARNING) + ", infos "
            + report.count(Severity.INFO); // "1 errors" reads badly; label first, as in Chinese
    out.println((report.isValid() ? (zh ? "结果：通过 — " : "result: valid — ") : (zh ? "结果：未通过 — " : "result: invalid — "))
        + counts + String.format(Locale.ROOT, zh ? "（%d 条规则，%.2f 秒）" : " (%d rules, %.2f s)",
            context.validator().rules().size(), context.seconds()));
  }
}
