package org.qinglian.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.qinglian.validation.Issue;
import org.qinglian.validation.ValidationReport;

/**
 * 报告 JSON — one issue, or a report without the command line's summary, as compact JSON
 * text in the shapes of {@code docs/report.schema.json} ({@code $defs/issue} and
 * {@code $defs/validationReport}): for REST responses and the Jackson modules.
 */
public final class ReportJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ReportJson() {}

  /**
   * {@return an issue: code, severity, record, path, location, message and typed arguments}
   *
   * @param issue the issue
   */
  public static String issue(Issue issue) {
    return write(out -> JsonReport.writeIssue(out, issue));
  }

  /**
   * A report: {@code valid}, {@code totalIssues}, {@code storedIssues}, {@code truncated},
   * {@code suppressedIssues}, {@code bySeverity}, {@code byCode}, {@code recordsRead} and the
   * stored {@code issues}.
   *
   * @param report the report
   * @return the report as one JSON object, as {@code docs/report.schema.json} describes it
   */
  public static String report(ValidationReport report) {
    return write(out -> {
      out.writeStartObject();
      out.writeBooleanField("valid", report.isValid());
      JsonReport.writeCounts(out, report);
      out.writeArrayFieldStart("issues");
      for (Issue issue : report.issues()) {
        JsonReport.writeIssue(out, issue);
      }
      out.writeEndArray();
      out.writeEndObject();
    });
  }

  private interface Body {
    void write(JsonGenerator out) throws IOException;
  }

  private static String write(Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(text)) {
      body.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
