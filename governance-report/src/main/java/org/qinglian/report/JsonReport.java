package org.qinglian.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.qinglian.model.RecordType;
import org.qinglian.validation.Issue;
import org.qinglian.validation.Severity;
import org.qinglian.model.location.SourceLocation;
import org.qinglian.validation.ValidationReport;

/**
 * {@code {"summary": {…}, "issues": [{code, severity, recordType, recordId, path, location:
 * {file, line, column, pointer}, message}]}} — its JSON Schema is {@code docs/report.schema.json}.
 */
final class JsonReport {

  private JsonReport() {}

  static void write(ReportContext context, Writer target) throws IOException {
    ValidationReport report = context.report();
    try (JsonGenerator out = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(target)) {
      out.useDefaultPrettyPrinter();
      out.writeStartObject();
      out.writeObjectFieldStart("summary");
      out.writeStringField("tool", context.tool());
      out.writeStringField("input", context.input());
      out.writeStringField("locale", org.qinglian.model.text.Localization.tag(context.locale()));
      out.writeBooleanField("valid", report.isValid());
      out.writeNumberField("seconds", BigDecimal.valueOf(context.seconds()).setScale(3, RoundingMode.HALF_UP));
      out.writeNumberField("rules", context.validator().rules().size());
      writeCounts(out, report);
      out.writeEndObject();
      out.writeArrayFieldStart("issues");
      for (Issue issue : report.issues()) {
        writeIssue(out, issue);
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    target.write('\n');
  }

  /** The counts every report shape carries: totals, by severity, by code, records read. */
  static void writeCounts(JsonGenerator out, ValidationReport report) throws IOException {
    out.writeNumberField("totalIssues", report.totalIssues());
    out.writeNumberField("storedIssues", report.issues().size());
    out.writeBooleanField("truncated", report.isTruncated());
    out.writeNumberField("suppressedIssues", report.suppressedIssues());
    out.writeObjectFieldStart("bySeverity");
    for (Severity severity : Severity.values()) {
      out.writeNumberField(severity.name(), report.count(severity));
    }
    out.writeEndObject();
    out.writeObjectFieldStart("byCode");
    for (Map.Entry<String, Long> entry : report.countsByCode().entrySet()) {
      out.writeNumberField(entry.getKey(), entry.getValue());
    }
    out.writeEndObject();
    out.writeObjectFieldStart("recordsRead");
    for (Map.Entry<RecordType, Long> entry : report.recordsRead().entrySet()) {
      out.writeNumberField(entry.getKey().jsonName(), entry.getValue());
    }
    out.writeEndObject();
  }

  /** One issue as {@code docs/report.schema.json}'s {@code issues} item. */
  static void writeIssue(JsonGenerator out, Issue issue) throws IOException {
    out.writeStartObject();
    out.writeStringField("code", issue.code());
    out.writeStringField("severity", issue.severity().name());
    if (issue.recordType().isPresent()) {
      out.writeStringField("recordType", issue.recordType().get().jsonName());
    }
    if (issue.recordId().isPresent()) {
      out.writeStringField("recordId", issue.recordId().get());
    }
    if (issue.path().isPresent()) {
      out.writeStringField("path", issue.path().get());
    }
    if (issue.location().isPresent()) {
      SourceLocation location = issue.location().get();
      out.writeObjectFieldStart("location");
      if (location.file().isPresent()) {
        out.writeStringField("file", location.file().get());
      }
      if (location.sheet().isPresent()) {
        out.writeStringField("sheet", location.sheet().get());
      }
      if (location.cell().isPresent()) {
        out.writeStringField("cell", location.cell().get());
      }
      if (location.line().isPresent()) {
        out.writeNumberField("line", location.line().getAsLong());
      }
      if (location.column().isPresent()) {
        out.writeNumberField("column", location.column().getAsLong());
      }
      if (location.pointer().isPresent()) {
        out.writeStringField("pointer", location.pointer().get());
      }
      out.writeEndObject();
    }
    out.writeStringField("message", issue.message());
    writeArguments(out, issue.arguments());
    out.writeEndObject();
  }

  /** {@code "arguments": {…}}: the issue's language-free values, typed (numbers stay numbers). */
  static void writeArguments(JsonGenerator out, Map<String, Object> arguments) throws IOException {
    if (arguments.isEmpty()) {
      return;
    }
    out.writeObjectFieldStart("arguments");
    for (Map.Entry<String, Object> argument : arguments.entrySet()) {
      out.writeFieldName(argument.getKey());
      writeValue(out, argument.getValue());
    }
    out.writeEndObject();
  }

  private static void writeValue(JsonGenerator out, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof BigDecimal decimal) {
      out.writeNumber(decimal);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      out.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number number) {
      out.writeNumber(new BigDecimal(number.toString()));
    } else if (value instanceof Boolean bool) {
      out.writeBoolean(bool);
    } else if (value instanceof java.util.List<?> list) {
      out.writeStartArray();
      for (Object item : list) {
        writeValue(out, item);
      }
      out.writeEndArray();
    } else {
      out.writeString(value.toString());
    }
  }
}
