package org.qinglian.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.qinglian.validation.Issue;
import org.qinglian.validation.RuleDescriptor;
import org.qinglian.validation.Severity;
import org.qinglian.model.location.SourceLocation;

/** SARIF 2.1.0: one run of the qinglian tool, its rules, and one result per stored issue. */
final class SarifReport {

  private SarifReport() {}

  static String level(Severity severity) {
    switch (severity) {
      case ERROR: return "error";
      case WARNING: return "warning";
      default: return "note";
    }
  }

  static void write(ReportContext context, Writer target) throws IOException {
    Locale locale = context.locale();
    try (JsonGenerator out = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(target)) {
      out.useDefaultPrettyPrinter();
      out.writeStartObject();
      out.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      out.writeStringField("version", "2.1.0");
      out.writeArrayFieldStart("runs");
      out.writeStartObject();
      out.writeObjectFieldStart("tool");
      out.writeObjectFieldStart("driver");
      out.writeStringField("name", "qinglian");
      out.writeStringField("version", context.toolVersion());
      out.writeArrayFieldStart("rules");
      for (RuleDescriptor rule : context.validator().rules()) {
        out.writeStartObject();
        out.writeStringField("id", rule.code());
        out.writeStringField("name", rule.code());
        out.writeObjectFieldStart("shortDescription");
        out.writeStringField("text", rule.title(locale));
        out.writeEndObject();
        out.writeObjectFieldStart("fullDescription");
        out.writeStringField("text", rule.description(locale));
        out.writeEndObject();
        out.writeObjectFieldStart("defaultConfiguration");
        out.writeStringField("level", level(context.validator().severityOf(rule.code())));
        out.writeEndObject();
        out.writeObjectFieldStart("properties");
        out.writeStringField("source", rule.basis(locale));
        out.writeEndObject();
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
      out.writeEndObject();
      out.writeArrayFieldStart("results");
      for (Issue issue : context.report().issues()) {
        out.writeStartObject();
        out.writeStringField("ruleId", issue.code());
        out.writeStringField("level", level(issue.severity()));
        out.writeObjectFieldStart("message");
        out.writeStringField("text", issue.message());
        out.writeEndObject();
        out.writeArrayFieldStart("locations");
        out.writeStartObject();
        SourceLocation location = issue.location().orElse(SourceLocation.unknown());
        out.writeObjectFieldStart("physicalLocation");
        out.writeObjectFieldStart("artifactLocation");
        out.writeStringField("uri", uri(location.file().orElse(context.input())));
        out.writeEndObject();
        if (location.line().isPresent()) {
          out.writeObjectFieldStart("region");
          out.writeNumberField("startLine", location.line().getAsLong());
          if (location.column().isPresent()) {
            out.writeNumberField("startColumn", location.column().getAsLong());
          }
          out.writeEndObject();
        }
        out.writeEndObject();
        String record = issue.recordType().map(t -> t.jsonName() + issue.recordId().map(id -> "/" + id).orElse(""))
            .orElse("");
        String logical = record + issue.path().map(p -> record.isEmpty() ? p : "." + p).orElse("");
        if (!logical.isEmpty() || location.pointer().isPresent()) {
          out.writeArrayFieldStart("logicalLocations");
          out.writeStartObject();
          out.writeStringField("fullyQualifiedName", logical.isEmpty() ? location.pointer().get() : logical);
          out.writeStringField("kind", "object");
          out.writeEndObject();
          out.writeEndArray();
        }
        out.writeEndObject();
        out.writeEndArray();
        if (!issue.arguments().isEmpty()) {
          out.writeObjectFieldStart("properties");
          JsonReport.writeArguments(out, issue.arguments());
          out.writeEndObject();
        }
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
      out.writeEndArray();
      out.writeEndObject();
    }
    target.write('\n');
  }

  /** A relative URI for a path (the form code-scanning tools match against the repository). */
  static String uri(String file) {
    String path = file.replace('\\', '/');
    int zip = path.indexOf("!/");
    if (zip >= 0) {
      path = path.substring(0, zip);
    }
    StringBuilder out = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      if (out.length() > 0 || path.startsWith("/")) {
        out.append('/');
      }
      out.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }
    String uri = out.toString();
    return uri.startsWith("//") ? uri.substring(1) : uri;
  }
}
