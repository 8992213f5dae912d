package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ReadOptions;
import org.qinglian.model.location.SourceLocation;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.Issue;
import org.qinglian.validation.ValidationReport;

/**
 * One value a reader cannot take (a code not in its list, a date that is no date) costs one
 * {@code FIELD_INVALID} at the value — not a {@code PARSE_ERROR}, not the record, and no
 * {@code REF_MISSING} or {@code TOTALS_MISMATCH} from the record's absence.
 */
class OneBadValueTest {

  static final Path ROOT = ValidateCommandTest.ROOT;

  @TempDir
  Path dir;

  @Test
  void anUnknownCodeInJsonIsOneFieldInvalidAtTheValue() throws IOException {
    String json = Files.readString(ROOT.resolve("samples/data/xianyang-2022.json"));
    // The first finding: referenced by two actions and counted in the declared totals.
    String changed = edit(json, "\"status\" : \"VERIFIED\"", "\"status\" : \"DONE\"");
    Path file = Files.writeString(dir.resolve("done.json"), changed);

    Issue issue = onlyIssue(file);
    assertEquals("FIELD_INVALID", issue.code());
    assertEquals("XY-F-2022-031-1", issue.recordId().orElseThrow(), "the record keeps its id");
    assertEquals("rectification.status", issue.path().orElseThrow());
    SourceLocation at = issue.location().orElseThrow();
    assertEquals("/findings/0/rectification/status", at.pointer().orElseThrow());
    assertValueAt(changed, at, "\"DONE\"");
    assertTrue(issue.message().contains("DONE") && issue.message().contains("VERIFIED"),
        "names the value and the allowed codes: " + issue.message());

    Cli cli = Cli.run("validate", file.toString(), "--locale", "en");
    assertEquals(1, cli.status, "a finding, not an unreadable input: " + cli);
  }

  @Test
  void anUnknownCodeInCsvIsOneFieldInvalidAtTheCell() throws IOException {
    Path folder = copy(ROOT.resolve("samples/data/xianyang-2022-csv"), dir.resolve("csv"));
    Path findings = folder.resolve("findings.csv");
    String csv = Files.readString(findings);
    Files.writeString(findings, edit(csv, ",VERIFIED,", ",DONE,"));

    Issue issue = onlyIssue(folder);
    assertEquals("FIELD_INVALID", issue.code());
    assertEquals("XY-F-2022-031-1", issue.recordId().orElseThrow());
    SourceLocation at = issue.location().orElseThrow();
    assertEquals(2, at.line().getAsLong(), at.toString());
    assertEquals(9, at.column().getAsLong(), "the column of 整改状态: " + at);
    assertEquals(1, Cli.run("validate", folder.toString()).status);
  }

  @Test
  void aBadDateInAListOfObjectsNamesItsItem() throws IOException {
    String json = Files.readString(ROOT.resolve("samples/data/xianyang-2022.json"));
    String changed = edit(json, "\"issuedDate\" : \"2022-06-20\"", "\"issuedDate\" : \"2022-06-31\"");
    Path file = Files.writeString(dir.resolve("date.json"), changed);

    Issue issue = onlyIssue(file);
    assertEquals("FIELD_INVALID", issue.code());
    assertEquals("followUps[0].issuedDate", issue.path().orElseThrow());
    assertEquals("/findings/0/followUps/0/issuedDate", issue.location().orElseThrow().pointer().orElseThrow());
  }

  @Test
  void aHeaderValueIsPointedAtOnce() throws IOException {
    String json = Files.readString(ROOT.resolve("samples/data/xianyang-2022.json"));
    String changed = edit(json, "\"header\" : {", "\"header\" : {\"contact\": \"someone\", ");
    Path file = Files.writeString(dir.resolve("header.json"), changed);

    Issue issue = onlyIssue(file);
    assertEquals("UNKNOWN_FIELD", issue.code());
    assertEquals("/header/contact", issue.location().orElseThrow().pointer().orElseThrow());
    assertValueAt(changed, issue.location().orElseThrow(), "\"someone\"");
  }

  /** {@code text} with the first {@code from} replaced; the fixture must have it. */
  private static String edit(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0, "the fixture has " + from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  private static Issue onlyIssue(Path input) throws IOException {
    ValidationReport report = ExchangeReader.validate(input, ReadOptions.defaults(),
        DatasetValidator.builder().locale(java.util.Locale.ENGLISH).build());
    List<Issue> issues = report.issues();
    assertEquals(1, issues.size(), () -> "one issue, no cascade: " + issues);
    return issues.get(0);
  }

  /** The text at the location's line and column starts with {@code expected}. */
  private static void assertValueAt(String text, SourceLocation at, String expected) {
    String line = text.lines().skip(at.line().getAsLong() - 1).findFirst().orElseThrow();
    String from = line.substring((int) at.column().getAsLong() - 1);
    assertTrue(from.startsWith(expected), "at " + at + ": " + from);
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.collect(Collectors.toList())) {
        Files.write(to.resolve(file.getFileName().toString()), Files.readAllBytes(file));
      }
    }
    return to;
  }
}
