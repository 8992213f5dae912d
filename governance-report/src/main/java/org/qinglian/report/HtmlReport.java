package org.qinglian.report;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.qinglian.validation.Issue;
import org.qinglian.validation.RuleDescriptor;
import org.qinglian.validation.Severity;
import org.qinglian.validation.ValidationReport;

/**
 * One self-contained HTML page (no script, no network): the verdict, then one section per
 * rule code with its description, its count and the sample issues. Every value from the
 * input is escaped: a file is data, never markup.
 */
final class HtmlReport {

  private HtmlReport() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        default: out.append(c);
      }
    }
    return out.toString();
  }

  /** The family the embedded subset is declared as; system CJK fonts come first, so it is used only where they are missing. */
  static final String FALLBACK_FAMILY = "Qinglian Fallback";

  static void write(ReportContext context, PrintWriter out) {
    // The body first: the embedded font carries exactly the characters the page uses.
    java.io.StringWriter bodyText = new java.io.StringWriter();
    writeBody(context, new PrintWriter(bodyText));
    String body = bodyText.toString();
    String title = context.text("report.title") + " — " + context.inputName();
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"" + context.languageTag() + "\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>" + escape(title) + "</title>");
    context.fallbackFont().get().flatMap(font -> FallbackFont.subset(font, title + body)).ifPresent(subset ->
        out.println("<style>@font-face{font-family:\"" + FALLBACK_FAMILY + "\";src:url(data:font/ttf;base64,"
            + java.util.Base64.getEncoder().encodeToString(subset) + ") format(\"truetype\")}</style>"));
    out.println("<style>body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"PingFang SC\",\"" + FALLBACK_FAMILY
        + "\",sans-serif;margin:2em;"
        + "color:#222;max-width:75em}h1{font-size:1.5em}h2{font-size:1.15em;margin:0}"
        + "section{border:1px solid #ddd;border-radius:6px;padding:1em;margin:1em 0}"
        + "table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border-bottom:1px solid #eee;padding:.3em .5em;"
        + "text-align:left;vertical-align:top}.ERROR{color:#b00020}.WARNING{color:#b26a00}.INFO{color:#1a5fb4}"
        + ".badge{display:inline-block;padding:.1em .5em;border-radius:3px;color:#fff;font-size:.85em}"
        + ".b-ERROR{background:#b00020}.b-WARNING{background:#b26a00}.b-INFO{background:#1a5fb4}"
        + ".verdict{font-size:1.2em;font-weight:bold}.muted{color:#666;font-size:.9em}code{font-size:.95em}"
        // An id wraps as a whole, never mid-id; a column's heading (欄位, two characters) never wraps.
        + ".id,th{white-space:nowrap}"
        // Traditional text in the glyph forms Taiwan reads (its punctuation centred, not set low).
        + ":lang(zh-TW) body{font-family:\"Noto Sans CJK TC\",\"Microsoft JhengHei\",\"PingFang TC\",\"" + FALLBACK_FAMILY
        + "\",sans-serif}</style>");
    out.println("</head><body>");
    out.print(body);
    out.println("</body></html>");
  }

  private static void writeBody(ReportContext context, PrintWriter out) {
    ValidationReport report = context.report();
    Locale locale = context.locale();
    out.println("<h1>" + escape(context.text("report.title")) + "</h1>");
    out.println("<p class=\"muted\">" + escape(context.input()) + " · " + escape(context.tool())
        + " · " + escape(context.text("report.rules", "rules", context.validator().rules().size()))
        + " · " + escape(context.text("report.seconds", "seconds", context.secondsText()))
        + "</p>");
    out.println("<p class=\"verdict " + (report.isValid() ? "INFO\">" + escape(context.text("report.verdictValid"))
        : "ERROR\">" + escape(context.text("report.verdictInvalid"))) + "</p>");
    out.println("<table><tr>");
    for (Severity severity : Severity.values()) {
      out.println("<th class=\"" + severity + "\">" + escape(severity.label(locale)) + "</th>");
    }
    out.println("<th>" + escape(context.text("report.recordsRead")) + "</th></tr><tr>");
    for (Severity severity : Severity.values()) {
      out.println("<td>" + report.count(severity) + "</td>");
    }
    out.println("<td>" + escape(report.recordsRead().entrySet().stream()
        .map(e -> context.label(e.getKey()) + " " + e.getValue())
        .collect(Collectors.joining(context.text("report.separator")))) + "</td></tr></table>");
    if (report.isTruncated()) {
      out.println("<p class=\"muted\">" + escape(context.text("report.samplesOnly")) + "</p>");
    }
    Map<String, List<Issue>> byCode = report.issues().stream()
        .collect(Collectors.groupingBy(Issue::code, java.util.LinkedHashMap::new, Collectors.toList()));
    List<String> codes = report.countsByCode().keySet().stream()
        .sorted(Comparator.comparing((String code) -> context.validator().severityOf(code)).thenComparing(c -> c))
        .toList();
    if (!codes.isEmpty()) {
      // A summary with a link per rule: a report of thousands of issues is read from here.
      out.println("<h2>" + escape(context.text("report.summary")) + "</h2>");
      out.println("<table><tr><th>" + escape(context.text("report.severity")) + "</th><th>"
          + escape(context.text("report.rule")) + "</th><th>" + escape(context.text("report.issues")) + "</th></tr>");
      for (String code : codes) {
        Severity severity = context.validator().severityOf(code);
        out.println("<tr><td class=\"" + severity + "\">" + escape(severity.label(locale)) + "</td><td><a href=\"#"
            + escape(code) + "\"><code>" + escape(code) + "</code></a> "
            + escape(context.validator().rule(code).orElseThrow().title(locale)) + "</td><td>" + report.count(code)
            + "</td></tr>");
      }
      out.println("</table>");
    }
    for (String code : codes) {
      RuleDescriptor rule = context.validator().rule(code).orElseThrow();
      Severity severity = context.validator().severityOf(code);
      out.println("<section id=\"" + escape(code) + "\">");
      out.println("<h2><span class=\"badge b-" + severity + "\">" + escape(severity.label(locale))
          + "</span> <code>" + escape(code) + "</code> " + escape(rule.title(locale)) + " — "
          + escape(context.text("report.count", "count", report.count(code))) + "</h2>");
      out.println("<p>" + escape(rule.description(locale)) + "</p>");
      out.println("<p class=\"muted\">" + escape(context.text("report.basis", "basis", rule.basis(locale))) + "</p>");
      List<Issue> samples = byCode.getOrDefault(code, List.of());
      if (!samples.isEmpty()) {
        out.println("<table><tr><th>" + escape(context.text("report.record")) + "</th><th>"
            + escape(context.text("report.field")) + "</th><th>" + escape(context.text("report.location"))
            + "</th><th>" + escape(context.text("report.message")) + "</th></tr>");
        for (Issue issue : samples) {
          out.println("<tr><td>" + escape(issue.recordType().map(context::label).orElse(""))
              + issue.recordId().map(id -> " <span class=\"id\">" + escape(id) + "</span>").orElse("") + "</td><td><code>"
              + escape(issue.path().orElse("")) + "</code></td><td><code>"
              + escape(issue.location().map(Object::toString).orElse("")) + "</code></td><td>" + escape(issue.message())
              + "</td></tr>");
        }
        out.println("</table>");
        if (samples.size() < report.count(code)) {
          out.println("<p class=\"muted\">" + escape(context.text("report.more", "count",
              report.count(code) - samples.size())) + "</p>");
        }
      }
      out.println("</section>");
    }
    out.flush();
  }
}
