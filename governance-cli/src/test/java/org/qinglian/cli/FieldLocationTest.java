package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.location.SourceLocation;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Mutation;
import org.qinglian.samples.Mutations;
import org.qinglian.samples.Plan;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.Issue;
import org.qinglian.validation.ValidationReport;

/**
 * Issues point at the offending value: for each rule code's mutation, written as a pretty
 * JSON document, an issue about a field that is present has the line and column of that field's
 * value — checked on the file's text, by the member name written just before that column.
 */
class FieldLocationTest {

  @TempDir
  Path dir;

  @Test
  void everyIssueAboutAPresentFieldPointsAtItsValue() throws IOException {
    Dataset dataset = DatasetGenerator.of(Plan.ofSize(120), 17).toDataset();
    DatasetValidator validator = DatasetValidator.builder().build();
    Set<String> atTheValue = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    for (Mutation mutation : Mutations.all()) {
      if (mutation.isFileLevel()) {
        continue;
      }
      Path file = dir.resolve(mutation.code() + ".json");
      ExchangeWriter.write(mutation.apply(dataset), file, ExchangeFormat.JSON, WriteOptions.builder().prettyJson(true).build());
      List<String> lines = Files.readAllLines(file);
      ValidationReport report = ExchangeReader.validate(file, ReadOptions.defaults(), validator);
      for (Issue issue : report.issues()) {
        if (!issue.code().equals(mutation.code()) || issue.path().isEmpty() || issue.location().isEmpty()) {
          continue;
        }
        SourceLocation at = issue.location().get();
        String name = memberBefore(lines, at);
        List<String> accepted = names(issue.path().get());
        if (accepted.contains(name)) {
          atTheValue.add(issue.code());
        } else if (fieldIsPresent(lines, at, accepted)) {
          wrong.add(issue.code() + " " + issue.path().get() + " at " + at + " (member before: " + name + ")");
        }
      }
    }
    assertTrue(wrong.isEmpty(), () -> "not at the value:\n" + String.join("\n", wrong));
    // Guard against a vacuous pass: the codes found at the value, among them those settled at the end.
    assertTrue(atTheValue.containsAll(Set.of("REF_MISSING", "REF_WRONG_KIND", "UNIT_PARENT_CYCLE", "ID_DUPLICATE",
        "TOTALS_MISMATCH", "FINDING_OUTSIDE_INSPECTION", "ASSESSMENT_TOTAL_MISMATCH", "SCHEMA_VERSION_UNSUPPORTED",
        "FIELD_INVALID", "FIELD_REQUIRED")), "codes located at the value: " + atTheValue);
    assertTrue(atTheValue.size() >= 30, "codes located at the value: " + atTheValue);
  }

  /** The member name written just before the location's column ({@code "name" : }), or "". */
  private static String memberBefore(List<String> lines, SourceLocation at) {
    if (at.line().isEmpty() || at.column().isEmpty() || at.line().getAsLong() > lines.size()) {
      return "";
    }
    String line = lines.get((int) at.line().getAsLong() - 1);
    int column = (int) Math.min(line.length() + 1, at.column().getAsLong());
    String before = line.substring(0, column - 1);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]+)\"\\s*:\\s*$").matcher(before);
    return m.find() ? m.group(1) : "";
  }

  /** The names a value of {@code path} may be written under: the field, or its list of objects. */
  private static List<String> names(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[[0-9]+\\]", "");
    List<String> names = new ArrayList<>(List.of(last));
    int bracket = path.indexOf('[');
    if (bracket > 0) {
      names.add(path.substring(path.lastIndexOf('.', bracket) + 1, bracket));
    }
    return names;
  }

  /** Whether the record whose "{" is at {@code at} writes a member of one of the names. */
  private static boolean fieldIsPresent(List<String> lines, SourceLocation at, List<String> names) {
    if (at.line().isEmpty() || at.column().isEmpty()) {
      return false;
    }
    StringBuilder record = new StringBuilder();
    int depth = 0;
    for (int i = (int) at.line().getAsLong() - 1; i < lines.size(); i++) {
      String line = lines.get(i);
      int from = i == at.line().getAsLong() - 1 ? (int) at.column().getAsLong() - 1 : 0;
      for (int c = from; c < line.length(); c++) {
        char ch = line.charAt(c);
        record.append(ch);
        depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
        if (depth == 0) {
          return names.stream().anyMatch(name -> record.indexOf("\"" + name + "\" :") >= 0);
        }
      }
      record.append('\n');
    }
    return false;
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  @Test
  void theHelperFindsTheMember() {
    List<String> lines = List.of("{", "  \"status\" : \"DONE\",", "}");
    assertEquals("status", memberBefore(lines, SourceLocation.inFile("f", 2, 14)));
    assertEquals("", memberBefore(lines, SourceLocation.inFile("f", 1, 1)));
  }
}
