package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with workbooks: convert both ways, validate, the annotated copy, the template, hostile files. */
class WorkbookCommandsTest {

  private static final String SAMPLE = Path.of(System.getProperty("qinglian.root", ".."))
      .resolve("samples/data/xianyang-2022.json").toString();

  @TempDir
  Path dir;

  @Test
  void jsonToWorkbookAndBackIsByteForByteTheSame() throws Exception {
    Path workbook = dir.resolve("交付.xlsx");
    Cli to = Cli.run("convert", SAMPLE, workbook.toString());
    assertEquals(0, to.status, to.toString());
    Cli valid = Cli.run("validate", workbook.toString());
    assertEquals(0, valid.status, valid.toString());
    Path back = dir.resolve("back.json");
    assertEquals(0, Cli.run("convert", workbook.toString(), back.toString()).status);
    Path reference = dir.resolve("reference.json");
    assertEquals(0, Cli.run("convert", SAMPLE, reference.toString()).status);
    assertEquals(Files.readString(reference), Files.readString(back));
    Path english = dir.resolve("english.xlsx");
    assertEquals(0, Cli.run("convert", SAMPLE, english.toString(), "--header-lang", "en").status);
    assertEquals(0, Cli.run("validate", english.toString()).status);
  }

  @Test
  void aBrokenWorkbookIsReportedByCellAndGetsAnAnnotatedCopy() throws Exception {
    // The sample as an English workbook, one unit's division code changed to 999999 with openpyxl.
    Path annotated = dir.resolve("annotated.xlsx");
    Cli result = Cli.run("validate", Path.of(System.getProperty("qinglian.root", "..")).resolve(
        "governance-cli/src/test/resources/workbooks/unknown-division.xlsx").toString(), "--annotated", annotated.toString(),
        "--format", "json");
    assertEquals(1, result.status, result.toString());
    assertTrue(result.out.contains("\"sheet\" : \"units\"") && result.out.contains("\"cell\" : \"E3\""), result.out);
    assertTrue(Files.size(annotated) > 0);
    assertFalse(result.err.contains("Exception"), result.err);
  }

  @Test
  void annotatedNeedsAWorkbookAndTheTemplateNeedsXlsx() {
    Cli annotated = Cli.run("validate", SAMPLE, "--annotated", dir.resolve("a.xlsx").toString());
    assertEquals(2, annotated.status, annotated.toString());
    assertEquals(1, annotated.err.strip().lines().count(), annotated.err);
    Cli template = Cli.run("template", dir.resolve("t.csv").toString());
    assertEquals(2, template.status, template.toString());
    Cli made = Cli.run("template", dir.resolve("填报模板.xlsx").toString(), "--locale", "zh-TW");
    assertEquals(0, made.status, made.toString());
    assertTrue(Files.exists(dir.resolve("填报模板.xlsx")));
  }

  @Test
  void aHostileWorkbookExitsTwoWithOneLocatedLineAndNoStackTrace() throws Exception {
    Path fake = Files.writeString(dir.resolve("fake.xlsx"), "not a workbook");
    Cli result = Cli.run("validate", fake.toString());
    assertEquals(2, result.status, result.toString());
    assertTrue(result.err.contains("fake.xlsx"), result.err);
    assertFalse(result.err.contains("Exception") || result.out.contains("Exception"), result.toString());
    Cli convert = Cli.run("convert", fake.toString(), dir.resolve("out.json").toString());
    assertEquals(2, convert.status, convert.toString());
    assertFalse(Files.exists(dir.resolve("out.json")), "nothing written from an unreadable input");
  }
}
