package org.qinglian.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.HeaderLanguage;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.TabularExchange;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Plan;
import org.qinglian.validation.DatasetValidator;

/**
 * Our workbooks in the clients people open them with, and theirs in ours: LibreOffice
 * converts each workbook we write (data, template, annotated copy) without error, and its
 * re-saved copy reads back to the same JSON; openpyxl sees every cell as our reader does; a
 * workbook openpyxl rewrites as people make them reads back to the same JSON. Runs with
 * {@code -Pclients} (LibreOffice and python3-openpyxl installed, as {@code .ci/run} does).
 */
class ClientsTest {

  private static final String NOT_RUN = "THE WORKBOOK CLIENTS TEST DID NOT RUN: it runs with mvn -B verify -Pclients "
      + "and needs LibreOffice (soffice) and python3-openpyxl (Debian: libreoffice-calc-nogui python3-openpyxl), "
      + "as .ci/run installs them";

  /** Debian's python3, which python3-openpyxl installs for (another python may come first on PATH). */
  private static final String PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

  @TempDir
  static Path dir;

  private static Dataset dataset;

  @BeforeAll
  static void clientsArePresent() {
    if (!Boolean.getBoolean("qinglian.clients")) {
      System.out.println(NOT_RUN);
    }
    Assumptions.assumeTrue(Boolean.getBoolean("qinglian.clients"), NOT_RUN);
    dataset = DatasetGenerator.of(Plan.ofSize(1_500), 11).toDataset();
  }

  @Test
  void libreOfficeOpensEveryWorkbookWeWriteAndItsCopyReadsBack() throws Exception {
    Path data = dir.resolve("data.xlsx");
    ExcelExchange.write(dataset, data, WriteOptions.builder().headerLanguage(HeaderLanguage.CHINESE).build());
    Path template = dir.resolve("template.xlsx");
    ExcelExchange.template(template, Locale.SIMPLIFIED_CHINESE);
    Path annotated = dir.resolve("annotated.xlsx");
    Path broken = dir.resolve("broken.xlsx");
    run(List.of(PYTHON, script("openpyxl_break.py"), data.toString(), broken.toString()));
    DatasetValidator validator = DatasetValidator.builder().serviceLoader(null).build();
    ExcelExchange.annotate(broken, ExcelExchange.validate(broken, ReadOptions.defaults(), validator), annotated,
        Locale.SIMPLIFIED_CHINESE);
    Path out = Files.createDirectories(dir.resolve("libreoffice"));
    for (Path workbook : List.of(data, template, annotated)) {
      run(List.of("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
          "--convert-to", "xlsx", "--outdir", out.toString(), workbook.toString()));
      assertTrue(Files.size(out.resolve(workbook.getFileName())) > 0, workbook + " converted by LibreOffice");
    }
    var back = ExcelExchange.readDataset(out.resolve("data.xlsx"), ReadOptions.defaults());
    assertEquals(List.of(), back.issues());
    assertEquals(json(dataset), json(back.dataset().orElseThrow()));
  }

  /**
   * Text that looks like an OOXML escape ({@code _x0041_}) is written with its underscore escaped
   * ({@code _x005F_}), which LibreOffice reads, and writes back, as the text it was.
   */
  @Test
  void libreOfficeKeepsTextThatLooksLikeAnEscape() throws Exception {
    String name = "字面 _x0041_ 与 _x005F_ 及 _x000D_";
    Dataset escaped = org.qinglian.model.dataset.ImmutableDataset.copyOf(dataset).withUnits(java.util.stream.Stream
        .concat(Stream.of(org.qinglian.model.unit.ImmutableUnit.copyOf(dataset.getUnits().get(0)).withName(name)),
            dataset.getUnits().stream().skip(1)).toList());
    Path data = dir.resolve("escapes.xlsx");
    ExcelExchange.write(escaped, data, WriteOptions.builder().headerLanguage(HeaderLanguage.CHINESE).build());
    Path out = Files.createDirectories(dir.resolve("libreoffice-escapes"));
    run(List.of("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
        "--convert-to", "xlsx", "--outdir", out.toString(), data.toString()));
    var back = ExcelExchange.readDataset(out.resolve("escapes.xlsx"), ReadOptions.defaults());
    assertEquals(List.of(), back.issues());
    assertEquals(name, back.dataset().orElseThrow().getUnits().get(0).getName());
  }

  @Test
  void openpyxlSeesEveryCellAsOurReaderDoes() throws Exception {
    for (HeaderLanguage language : HeaderLanguage.values()) {
      Path data = dir.resolve("cells-" + language + ".xlsx");
      ExcelExchange.write(dataset, data, WriteOptions.builder().headerLanguage(language).build());
      String dumped = run(List.of(PYTHON, script("openpyxl_dump.py"), data.toString()));
      assertEquals(parse(dumped), ours(data), language.toString());
    }
  }

  @Test
  void aWorkbookOpenpyxlRewritesAsPeopleMakeThemReadsBack() throws Exception {
    Path data = dir.resolve("people.xlsx");
    ExcelExchange.write(dataset, data, WriteOptions.builder().headerLanguage(HeaderLanguage.CHINESE).build());
    Path rewritten = dir.resolve("rewritten.xlsx");
    run(List.of(PYTHON, script("openpyxl_rewrite.py"), data.toString(), rewritten.toString()));
    var back = ExcelExchange.readDataset(rewritten, ReadOptions.defaults());
    assertEquals(List.of("UNKNOWN_FIELD"), back.issues().stream().map(i -> i.code()).toList(), "the extra sheet");
    assertEquals(json(dataset), json(back.dataset().orElseThrow()));
  }

  @Test
  void aTemplateFilledAndSavedByLibreOfficeGetsItsAnnotatedCopy() throws Exception {
    Path template = dir.resolve("fill/template.xlsx");
    Files.createDirectories(template.getParent());
    ExcelExchange.template(template, Locale.SIMPLIFIED_CHINESE);
    Path source = dir.resolve("fill/source.xlsx");
    ExcelExchange.write(org.qinglian.io.ExchangeReader.readDataset(
        Path.of("../samples/data/xianyang-2022.json"), ReadOptions.defaults()).dataset().orElseThrow(), source,
        WriteOptions.builder().headerLanguage(HeaderLanguage.CHINESE).build());
    Path filled = dir.resolve("fill/filled.xlsx");
    run(List.of(PYTHON, script("openpyxl_fill.py"), template.toString(), source.toString(), filled.toString()));
    Path saved = Files.createDirectories(dir.resolve("fill/libreoffice"));
    run(List.of("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
        "--convert-to", "xlsx", "--outdir", saved.toString(), filled.toString()));
    Path workbook = saved.resolve("filled.xlsx");
    DatasetValidator validator = DatasetValidator.builder().serviceLoader(null).build();
    var report = ExcelExchange.validate(workbook, ReadOptions.defaults(), validator);
    assertEquals(List.of("FIELD_INVALID 重点任务!L2"), report.issues().stream()
        .map(i -> i.code() + " " + i.location().orElseThrow().sheet().orElse("") + "!" + i.location().orElseThrow().cell().orElse(""))
        .toList(), report.issues().toString());
    Path annotated = dir.resolve("fill/annotated.xlsx");
    ExcelExchange.annotate(workbook, report, annotated, Locale.SIMPLIFIED_CHINESE);
    String marks = run(List.of(PYTHON, "-c", "import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1])['重点任务'];"
        + " c=ws['L2']; print(c.value, c.fill.fgColor.rgb, c.comment.text.splitlines()[0][:14])", annotated.toString()));
    assertEquals("完成了 00FFC7CE FIELD_INVALID：", marks.strip());
  }

  /** Every cell as our reader reads it, in openpyxl_dump.py's shape. */
  private static Map<String, List<List<String>>> ours(Path workbook) throws Exception {
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile(), new ReadingOptions(true, false));
        Stream<Sheet> all = book.getSheets()) {
      for (Sheet sheet : (Iterable<Sheet>) all::iterator) {
        TabularExchange.Sheet table = TabularExchange.sheetNamed(sheet.getName()).orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        List<TabularExchange.Kind> kinds = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
          for (Row row : (Iterable<Row>) stream::iterator) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getCellCount(); c++) {
              if (rows.isEmpty()) {
                kinds.add(table.columnNamed(row.getCell(c).getText()).map(TabularExchange.SheetColumn::kind)
                    .orElse(TabularExchange.Kind.TEXT));
              }
              cells.add(Cells.read(row.getCell(c), c < kinds.size() ? kinds.get(c) : TabularExchange.Kind.TEXT, false));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
              cells.remove(cells.size() - 1);
            }
            rows.add(cells);
          }
        }
        sheets.put(sheet.getName(), rows);
      }
    }
    return sheets;
  }

  private static Map<String, List<List<String>>> parse(String json) throws IOException {
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        List<List<String>> rows = new ArrayList<>();
        parser.nextToken();
        while (parser.nextToken() == JsonToken.START_ARRAY) {
          List<String> cells = new ArrayList<>();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            cells.add(parser.getText());
          }
          rows.add(cells);
        }
        sheets.put(name, rows);
      }
    }
    return sheets;
  }

  private static String script(String name) throws Exception {
    Path target = dir.resolve(name);
    if (!Files.exists(target)) {
      try (var in = ClientsTest.class.getResourceAsStream("/clients/" + name)) {
        Files.copy(in, target);
      }
    }
    return target.toString();
  }

  private static String run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errors = new Thread(() -> {
      try {
        process.getErrorStream().transferTo(err);
      } catch (IOException e) {
        // the exit code tells
      }
    });
    errors.start();
    process.getInputStream().transferTo(out);
    assertTrue(process.waitFor(180, TimeUnit.SECONDS), "finished: " + command);
    errors.join();
    assertEquals(0, process.exitValue(), command + ": " + err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String json(Dataset dataset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExchangeWriter.write(dataset, out, ExchangeFormat.JSON, WriteOptions.defaults());
    return out.toString(StandardCharsets.UTF_8);
  }
}
