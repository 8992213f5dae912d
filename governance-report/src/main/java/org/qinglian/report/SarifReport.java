package org.qinglian.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.qinglian.model.location.SourceLocation;
import org.qinglian.validation.Issue;
import org.qinglian.validation.RuleDescriptor;
import org.qinglian.validation.Severity;

/**
 * SARIF 2.1.0 for code scanning (GitHub's rules included): one run of the qinglian tool, its
 * rules with a name and help, one result per stored issue. Paths are relative to the working
 * folder ({@code %SRCROOT%}) when they lie in it; a result inside a ZIP package points at the
 * package, and names the member and its line in its properties (a line of the member is no
 * line of the package); a capped report says so in a notification.
 */
final class SarifReport {

  private static final String ROOT = "%SRCROOT%";

  private SarifReport() {}

  static String level(Severity severity) {
    switch (severity) {
      case ERROR: return "error";
      case WARNING: return "warning";
      default: return "note";
    }
  }

  /** {@code "Required field missing"} becomes {@code RequiredFieldMissing}, a rule's readable name. */
  static String pascal(String title) {
    StringBuilder name = new StringBuilder();
    for (String word : title.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.toString();
  }

  static void write(ReportContext context, Writer target) throws IOException {
    Locale locale = context.locale();
    Path base = Path.of("").toAbsolutePath();
    try (JsonGenerator out = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(target)) {
      out.useDefaultPrettyPrinter();
      out.writeStartObject();
      out.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      out.writeStringField("version", "2.1.0");
      out.writeArrayFieldStart("runs");
      out.writeStartObject();
      out.writeObjectFieldStart("tool");
      out.writeObjectFieldStart("driver");
      out.writeStringField("name", context.toolName());
      out.writeStringField("version", context.toolVersion());
      out.writeArrayFieldStart("rules");
      for (RuleDescriptor rule : context.validator().rules()) {
        out.writeStartObject();
        out.writeStringField("id", rule.code());
        out.writeStringField("name", pascal(rule.title(Locale.ENGLISH)));
        out.writeObjectFieldStart("shortDescription");
        out.writeStringField("text", rule.title(locale));
        out.writeEndObject();
        out.writeObjectFieldStart("fullDescription");
        out.writeStringField("text", rule.description(locale));
        out.writeEndObject();
        String basis = context.text("report.basis", "basis", rule.basis(locale));
        out.writeObjectFieldStart("help");
        out.writeStringField("text", rule.description(locale) + " " + basis);
        out.writeStringField("markdown", "**" + rule.title(locale) + "** (`" + rule.code() + "`)\n\n"
            + rule.description(locale) + "\n\n" + basis);
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
      out.writeObjectFieldStart("originalUriBaseIds");
      out.writeObjectFieldStart(ROOT);
      out.writeStringField("uri", base.toUri().toString());
      out.writeEndObject();
      out.writeEndObject();
      out.writeArrayFieldStart("invocations");
      out.writeStartObject();
      out.writeBooleanField("executionSuccessful", true);
      if (context.report().isTruncated()) {
        out.writeArrayFieldStart("toolExecutionNotifications");
        out.writeStartObject();
        out.writeStringField("level", "warning");
        out.writeObjectFieldStart("message");
        out.writeStringField("text", context.text("report.truncated", "total", context.report().totalIssues(),
            "listed", context.report().issues().size()));
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndArray();
      }
      out.writeEndObject();
      out.writeEndArray();
      out.writeArrayFieldStart("results");
      for (Issue issue : context.report().issues()) {
        result(out, issue, context, base);
      }
      out.writeEndArray();
      out.writeObjectFieldStart("properties");
      out.writeNumberField("totalResults", context.report().totalIssues());
      out.writeNumberField("storedResults", context.report().issues().size());
      out.writeEndObject();
      out.writeEndObject();
      out.writeEndArray();
      out.writeEndObject();
    }
    target.write('\n');
  }

  private static void result(JsonGenerator out, Issue issue, ReportContext context, Path base) throws IOException {
    out.writeStartObject();
    out.writeStringField("ruleId", issue.code());
    out.writeStringField("level", level(issue.severity()));
    out.writeObjectFieldStart("message");
    out.writeStringField("text", issue.message());
    out.writeEndObject();
    SourceLocation location = issue.location().orElse(SourceLocation.unknown());
    String file = location.file().orElse(context.input());
    int member = file.indexOf("!/");
    out.writeArrayFieldStart("locations");
    out.writeStartObject();
    out.writeObjectFieldStart("physicalLocation");
    out.writeObjectFieldStart("artifactLocation");
    artifact(out, member >= 0 ? file.substring(0, member) : file, base);
    out.writeEndObject();
    boolean inSheet = location.sheet().isPresent();
    // A CSV file's column is a field's number, not the character position SARIF means.
    boolean csvField = member < 0 && !inSheet && file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
        && location.column().isPresent();
    if (member < 0 && !inSheet && location.line().isPresent()) {
      out.writeObjectFieldStart("region");
      out.writeNumberField("startLine", location.line().getAsLong());
      if (location.column().isPresent() && !csvField) {
        out.writeNumberField("startColumn", location.column().getAsLong());
      }
      out.writeEndObject();
    }
    out.writeEndObject();
    String record = issue.recordType().map(t -> t.jsonName() + issue.recordId().map(id -> "/" + id).orElse("")).orElse("");
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
    boolean inPackage = member >= 0;
    if (inPackage || inSheet || csvField || !issue.arguments().isEmpty()) {
      out.writeObjectFieldStart("properties");
      if (csvField) {
        out.writeNumberField("field", location.column().getAsLong());
      }
      if (inSheet) { // a workbook is binary: no line region, the sheet and cell instead
        out.writeStringField("sheet", location.sheet().get());
        if (location.cell().isPresent()) {
          out.writeStringField("cell", location.cell().get());
        } else if (location.line().isPresent()) {
          out.writeNumberField("row", location.line().getAsLong());
        }
      }
      if (inPackage) {
        out.writeStringField("member", file.substring(member + 2));
        if (location.line().isPresent()) {
          out.writeNumberField("memberLine", location.line().getAsLong());
        }
        if (location.column().isPresent()) {
          out.writeNumberField("memberColumn", location.column().getAsLong());
        }
      }
      JsonReport.writeArguments(out, issue.arguments());
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  /** A path inside the working folder relative to {@code %SRCROOT%}; elsewhere an absolute {@code file:} URI. */
  private static void artifact(JsonGenerator out, String file, Path base) throws IOException {
    try {
      Path path = Path.of(file).toAbsolutePath().normalize();
      if (path.startsWith(base)) {
        out.writeStringField("uri", uri(base.relativize(path).toString()));
        out.writeStringField("uriBaseId", ROOT);
      } else {
        out.writeStringField("uri", path.toUri().toString());
      }
    } catch (InvalidPathException e) {
      out.writeStringField("uri", uri(file));
    }
  }

  /** A relative URI for a path, each segment percent-encoded. */
  static String uri(String file) {
    String path = file.replace('\\', '/');
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
