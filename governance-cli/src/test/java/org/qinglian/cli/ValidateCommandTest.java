package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qinglian.report.ReportFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.task.ImmutableKeyTask;
import org.qinglian.model.task.TaskStatus;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Mutations;
import org.qinglian.samples.Plan;

/** {@code qinglian validate}: every exit status, report format and option. */
class ValidateCommandTest {

  static final Path ROOT = Path.of(System.getProperty("qinglian.root", ".."));
  static final String BUNDLED = ROOT.resolve("samples/data/xianyang-2022.json").toString();
  static final List<String> PLANTED = List.of("REF_MISSING", "TOTALS_MISMATCH", "INDICATOR_OUT_OF_RANGE",
      "CREDIT_CODE_MISSING", "DATE_IMPLAUSIBLE", "ASSESSMENT_GRADE_MISMATCH");

  @TempDir
  static Path dir;

  static Path clean;
  static Path defects;
  static Path warningsOnly;

  @BeforeAll
  static void files() throws IOException {
    Dataset dataset = DatasetGenerator.of(Plan.ofSize(300), 11).toDataset();
    clean = write(dataset, "clean.json");
    Dataset broken = dataset;
    for (String code : PLANTED) {
      broken = Mutations.forCode(code).orElseThrow().apply(broken);
    }
    defects = write(broken, "defects.json");
    warningsOnly = write(Mutations.forCode("CREDIT_CODE_MISSING").orElseThrow().apply(dataset), "warnings.json");
  }

  static Path write(Dataset dataset, String name) throws IOException {
    Path file = dir.resolve(name);
    ExchangeWriter.write(dataset, file, ExchangeFormat.JSON, WriteOptions.defaults());
    return file;
  }

  @Test
  void theBundledSamplePasses() {
    Cli zh = Cli.run("validate", BUNDLED);
    assertEquals(0, zh.status, zh.toString());
    assertTrue(zh.out.contains("结果：通过"), zh.out);
    Cli en = Cli.run("validate", BUNDLED, "--locale", "en");
    assertTrue(en.out.contains("result: valid — errors 0, warnings 0, infos 0"), en.out);
    assertEquals("", en.err);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void everyPlantedCodeIsReportedInEveryFormat(ReportFormat format) {
    Cli cli = Cli.run("validate", defects.toString(), "--format", format.name().toLowerCase());
    assertEquals(1, cli.status, cli.toString());
    for (String code : PLANTED) {
      assertTrue(cli.out.contains(code), () -> code + " missing from the " + format + " report");
    }
  }

  @Test
  void theJsonReportMatchesItsSchema() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(ROOT.resolve("docs/report.schema.json")), InputFormat.JSON);
    for (String[] args : new String[][] {{"validate", defects.toString(), "--format", "json"},
        {"validate", BUNDLED, "--format", "json", "--locale", "en"},
        {"validate", defects.toString(), "--format", "json", "--max-issues", "2"},
        {"validate", ROOT.resolve("samples/data/xianyang-2022-csv").toString(), "--format", "json"}}) {
      Cli cli = Cli.run(args);
      assertEquals(List.of(), schema.validate(cli.out, InputFormat.JSON), String.join(" ", args));
    }
    Cli capped = Cli.run("validate", defects.toString(), "--format", "json", "--max-issues", "2");
    assertTrue(capped.out.contains("\"storedIssues\" : 2"), capped.out);
    assertTrue(capped.out.contains("\"truncated\" : true"), capped.out);
  }

  @Test
  void sarifLocatesResults() {
    Cli cli = Cli.run("validate", ROOT.resolve("samples/data/xianyang-2022-csv").toString(), "--format", "sarif",
        "--suppress", "TOTALS_MISMATCH");
    assertEquals(0, cli.status, cli.toString());
    assertTrue(cli.out.contains("\"version\" : \"2.1.0\""));
    Cli defect = Cli.run("validate", defects.toString(), "--format", "sarif");
    assertTrue(defect.out.contains("\"ruleId\" : \"REF_MISSING\""), defect.out);
    assertTrue(defect.out.contains("\"level\" : \"error\""));
    assertTrue(defect.out.contains("\"startLine\""));
    assertTrue(defect.out.contains("\"artifactLocation\""));
  }

  @Test
  void failOnDecidesTheExitStatus() {
    assertEquals(0, Cli.run("validate", warningsOnly.toString()).status);
    assertEquals(1, Cli.run("validate", warningsOnly.toString(), "--fail-on", "warning").status);
    assertEquals(0, Cli.run("validate", defects.toString(), "--fail-on", "never").status);
    assertEquals(1, Cli.run("validate", defects.toString(), "--fail-on", "error").status);
  }

  @Test
  void severityAndSuppression() {
    Cli stricter = Cli.run("validate", warningsOnly.toString(), "--severity", "CREDIT_CODE_MISSING=error");
    assertEquals(1, stricter.status, stricter.toString());
    Cli suppressed = Cli.run("validate", defects.toString(), "--suppress", "REF_MISSING", "--suppress", "TOTALS_MISMATCH",
        "--suppress", "INDICATOR_OUT_OF_RANGE", "--suppress", "ASSESSMENT_GRADE_MISMATCH", "--format", "json");
    assertEquals(0, suppressed.status, suppressed.toString());
    assertFalse(suppressed.out.contains("\"REF_MISSING\""), suppressed.out);
    assertTrue(suppressed.out.contains("\"suppressedIssues\" : 4"), suppressed.out);
  }

  @Test
  void asOfMovesTheOverdueLine() throws IOException {
    Dataset dataset = DatasetGenerator.of(Plan.ofSize(100), 5).toDataset();
    var task = dataset.getTasks().get(0);
    Path late = write(ImmutableDataset.copyOf(dataset).withTasks(ImmutableKeyTask.copyOf(task)
        .withStatus(TaskStatus.IN_PROGRESS).withCompletedDate(Optional.empty()).withProgress(50)
        .withDueDate(LocalDate.of(2022, 12, 1)).withStartDate(LocalDate.of(2022, 1, 5))), "late.json");
    assertTrue(Cli.run("validate", late.toString()).out.contains("TASK_OVERDUE"));
    assertFalse(Cli.run("validate", late.toString(), "--as-of", "2022-11-30").out.contains("TASK_OVERDUE"));
  }

  @Test
  void theReportCanGoToAFile() throws IOException {
    Path report = dir.resolve("report.html");
    Cli cli = Cli.run("validate", defects.toString(), "--format", "html", "--output", report.toString());
    assertEquals(1, cli.status);
    assertEquals("", cli.out);
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("清廉数据校验报告"));
    assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"), "self-contained");
  }

  @Test
  void htmlEscapesEverythingFromTheInput() throws IOException {
    Dataset dataset = DatasetGenerator.of(Plan.ofSize(100), 9).toDataset();
    Dataset hostile = ImmutableDataset.copyOf(dataset).withUnits(dataset.getUnits().stream()
        .map(u -> u.getId().equals("U-3") ? ImmutableUnit.copyOf(u).withParentId("<script>alert(1)</script>") : u)
        .toList());
    Cli cli = Cli.run("validate", write(hostile, "hostile.json").toString(), "--format", "html");
    assertFalse(cli.out.contains("<script>"), cli.out);
    assertTrue(cli.out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), cli.out);
  }

  @Test
  void unreadableInputExitsTwoWithOneLine() throws IOException {
    Cli missing = Cli.run("validate", dir.resolve("nothing.json").toString());
    assertEquals(2, missing.status);
    assertEquals(1, missing.err.lines().count(), missing.err);
    assertFalse(missing.err.contains("Exception"), missing.err);

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"header\": {\"schemaVersion\": ");
    Cli truncated = Cli.run("validate", broken.toString());
    assertEquals(2, truncated.status, truncated.toString());
    assertEquals(1, truncated.err.lines().count(), truncated.err);
    assertTrue(truncated.err.contains("broken.json:1:"), truncated.err);
    assertTrue(truncated.out.contains("PARSE_ERROR"), "the report still says what went wrong");
  }

  @Test
  void wrongUsageExitsTwo() {
    for (String[] args : new String[][] {{}, {"validate"}, {"validate", BUNDLED, "--format", "pdf"},
        {"validate", BUNDLED, "--locale", "fr"}, {"validate", BUNDLED, "--fail-on", "sometimes"},
        {"validate", BUNDLED, "--severity", "NO_SUCH_CODE=error"}, {"validate", BUNDLED, "--severity", "REF_MISSING=fatal"},
        {"validate", BUNDLED, "--suppress", "NO_SUCH_CODE"}, {"validate", BUNDLED, "--as-of", "yesterday"},
        {"validate", BUNDLED, "--encoding", "klingon"}, {"frobnicate"}}) {
      Cli cli = Cli.run(args);
      assertEquals(2, cli.status, () -> String.join(" ", args) + "\n" + cli);
      assertFalse(cli.err.contains("\tat "), () -> "no stack trace: " + cli.err);
      assertTrue(cli.err.startsWith("qinglian: "), cli.err);
    }
  }

  @Test
  void debugShowsTheStackTrace() {
    Cli cli = Cli.run("validate", dir.resolve("nothing.json").toString(), "--debug");
    assertEquals(2, cli.status);
    assertTrue(cli.err.contains("\tat "), cli.err);
  }

  @Test
  void versionAndHelp() {
    assertEquals(0, Cli.run("--version").status);
    Cli help = Cli.run("validate", "--help");
    assertEquals(0, help.status);
    assertTrue(help.out.contains("--fail-on"), help.out);
  }
}
