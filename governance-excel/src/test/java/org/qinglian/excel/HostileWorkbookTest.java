package org.qinglian.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.HeaderLanguage;
import org.qinglian.io.ReadLimits;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.WriteOptions;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Presets;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.Issue;
import org.qinglian.validation.ValidationReport;

/**
 * Hostile workbooks get the promises of the other readers: a located PARSE_ERROR (or a rule
 * code), bounded time and memory, never an exception. Each starts from a valid workbook with
 * one part replaced.
 */
class HostileWorkbookTest {

  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  @TempDir
  Path dir;

  private Path valid;

  @BeforeEach
  void writeAValidWorkbook() throws IOException {
    valid = dir.resolve("valid.xlsx");
    ExcelExchange.write(DatasetGenerator.of(Presets.xianyang(), 1).toDataset(), valid,
        WriteOptions.builder().headerLanguage(HeaderLanguage.ENGLISH).build());
  }

  /** The units sheet (sheet2.xml) replaced by {@code xml}. */
  private Path withUnits(String name, String xml) throws IOException {
    return replaced(name, Map.of("xl/worksheets/sheet2.xml", xml.getBytes(StandardCharsets.UTF_8)));
  }

  private Path replaced(String name, Map<String, byte[]> parts) throws IOException {
    Path out = dir.resolve(name);
    try (ZipFile zip = new ZipFile(valid.toFile()); ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(out))) {
      for (ZipEntry entry : zip.stream().collect(Collectors.toList())) {
        target.putNextEntry(new ZipEntry(entry.getName()));
        byte[] replacement = parts.get(entry.getName());
        if (replacement != null) {
          target.write(replacement);
        } else {
          zip.getInputStream(entry).transferTo(target);
        }
        target.closeEntry();
      }
    }
    return out;
  }

  private static String sheet(String rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS + "\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c>"
        + "<c r=\"C1\" t=\"inlineStr\"><is><t>category</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>division_code</t></is></c></row>"
        + rows + "</sheetData></worksheet>";
  }

  private static String unit(int row, String id, String nameCell) {
    return "<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"inlineStr\"><is><t>" + id + "</t></is></c>" + nameCell
        + "<c r=\"C" + row + "\" t=\"inlineStr\"><is><t>ORGAN</t></is></c><c r=\"D" + row
        + "\" t=\"inlineStr\"><is><t>610400</t></is></c></row>";
  }

  private static ValidationReport validate(Path workbook, ReadOptions options) {
    DatasetValidator validator = DatasetValidator.builder().serviceLoader(null).locale(java.util.Locale.ENGLISH).build();
    return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ExcelExchange.validate(workbook, options, validator));
  }

  private static List<Issue> parseErrors(ValidationReport report) {
    return report.issues().stream().filter(i -> i.code().equals("PARSE_ERROR")).toList();
  }

  @Test
  void aFileThatIsNoWorkbookAndAnEncryptedOneAreRefusedWithAReason() throws IOException {
    Path text = Files.writeString(dir.resolve("text.xlsx"), "id,name\n");
    assertEquals("XLSX_NOT_A_WORKBOOK", reason(parseErrors(validate(text, ReadOptions.defaults())).get(0)));
    Path ole = dir.resolve("encrypted.xlsx"); // an encrypted .xlsx is an OLE2 compound file, as is a legacy .xls
    Files.write(ole, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
    assertEquals("XLSX_ENCRYPTED_OR_XLS", reason(parseErrors(validate(ole, ReadOptions.defaults())).get(0)));
    Path truncated = dir.resolve("truncated.xlsx");
    byte[] bytes = Files.readAllBytes(valid);
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertEquals("XLSX_DAMAGED", reason(parseErrors(validate(truncated, ReadOptions.defaults())).get(0)));
  }

  @Test
  void aZipBombIsRefusedBeforeAnythingIsParsed() throws IOException {
    byte[] spaces = new byte[60 << 20];
    java.util.Arrays.fill(spaces, (byte) ' ');
    Path bomb = replaced("bomb.xlsx", Map.of("xl/worksheets/sheet2.xml", spaces));
    ValidationReport report = validate(bomb, ReadOptions.defaults());
    assertEquals("XLSX_ZIP_BOMB", reason(parseErrors(report).get(0)));
    assertTrue(report.recordsRead().values().stream().allMatch(n -> n == 0), "nothing was read: " + report.recordsRead());
  }

  @Test
  void sharedStringsBeyondTheirLimitAreRefused() throws IOException {
    StringBuilder strings = new StringBuilder("<?xml version=\"1.0\"?><sst xmlns=\"" + NS + "\">");
    java.util.Random random = new java.util.Random(1);
    while (strings.length() < 300_000) {
      strings.append("<si><t>").append(Long.toString(random.nextLong(), 36)).append("</t></si>");
    }
    Path workbook = replaced("strings.xlsx", Map.of("xl/sharedStrings.xml", strings.append("</sst>").toString()
        .getBytes(StandardCharsets.UTF_8)));
    List<Issue> errors = new java.util.ArrayList<>();
    DatasetValidator validator = DatasetValidator.builder().serviceLoader(null).build();
    ValidationReport report = org.qinglian.io.ExchangeReader.validate(
        sink -> new WorkbookReader(ReadOptions.defaults(), sink, workbook.toString(), 100_000).read(workbook), validator);
    errors.addAll(parseErrors(report));
    assertEquals("XLSX_SHARED_STRINGS_TOO_LARGE", reason(errors.get(0)));
  }

  @Test
  void entityExpansionAndExternalEntitiesAreNeverExpanded() throws IOException {
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
        + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
        + "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>"
        + "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&i;</t></is></c>"
        + "</row></sheetData></worksheet>";
    ValidationReport report = validate(withUnits("laughs.xlsx", laughs), ReadOptions.defaults());
    assertFalse(parseErrors(report).isEmpty(), report.issues().toString());
    String external = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
        + sheet(unit(2, "U-1", "<c r=\"B2\" t=\"inlineStr\"><is><t>&x;</t></is></c>")).substring(38);
    ValidationReport read = validate(withUnits("xxe.xlsx", external), ReadOptions.defaults());
    assertFalse(parseErrors(read).isEmpty(), read.issues().toString());
    String hostname = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip() : "";
    assertTrue(hostname.isEmpty() || read.issues().stream().noneMatch(i -> i.message().contains(hostname)));
  }

  @Test
  void formulasGiveTheirComputedValueAndOneWithoutAValueIsLocated() throws IOException {
    String rows = unit(2, "U-1", "<c r=\"B2\" t=\"str\"><f>\"市\"&amp;\"财政局\"</f><v>市财政局</v></c>")
        + unit(3, "U-2", "<c r=\"B3\"><f>1+1</f></c>")
        + unit(4, "U-3", "<c r=\"B4\" t=\"e\"><v>#N/A</v></c>");
    ValidationReport report = validate(withUnits("formulas.xlsx", sheet(rows)), ReadOptions.defaults());
    List<Issue> errors = parseErrors(report);
    assertEquals(List.of("XLSX_FORMULA_WITHOUT_VALUE", "XLSX_CELL_ERROR"), errors.stream().map(HostileWorkbookTest::reason).toList());
    assertEquals(List.of("units!B3", "units!B4"), errors.stream()
        .map(i -> i.location().orElseThrow().sheet().orElseThrow() + "!" + i.location().orElseThrow().cell().orElseThrow()).toList());
    assertTrue(report.issues().stream().noneMatch(i -> i.recordId().filter("U-1"::equals).isPresent()
        && i.path().filter("name"::equals).isPresent()), "the cached value of U-1's formula was read");
  }

  @Test
  void aMillionColumnsAndAMillionRowsStayBounded() throws IOException {
    String wide = sheet("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>U-1</t></is></c>"
        + "<c r=\"XFD2\" t=\"inlineStr\"><is><t>far</t></is></c></row>").replace("<sheetData>",
        "<dimension ref=\"A1:XFD1048576\"/><sheetData>");
    ValidationReport report = validate(withUnits("wide.xlsx", wide), ReadOptions.defaults());
    assertEquals("XLSX_TOO_MANY_COLUMNS", reason(parseErrors(report).get(0)));

    StringBuilder rows = new StringBuilder();
    for (int r = 2; r <= 1_048_576; r++) {
      rows.append("<row r=\"").append(r).append("\"/>");
    }
    // 1,048,575 empty rows (the most a sheet has): skipped as blank, in bounded time; no unit is read.
    ValidationReport empty = validate(withUnits("rows.xlsx", sheet(rows.toString())), ReadOptions.defaults());
    assertEquals(List.of(), parseErrors(empty));
    assertEquals(0L, empty.recordsRead().getOrDefault(org.qinglian.model.RecordType.UNIT, 0L));

    StringBuilder many = new StringBuilder();
    for (int r = 2; r <= 200; r++) {
      many.append(unit(r, "U-" + r, "<c r=\"B" + r + "\" t=\"inlineStr\"><is><t>单位</t></is></c>"));
    }
    ReadOptions limited = ReadOptions.builder().limits(ReadLimits.defaults().withMaxRecordsPerFile(50)).build();
    ValidationReport capped = validate(withUnits("many.xlsx", sheet(many.toString())), limited);
    assertEquals("RECORDS_PER_FILE", reason(parseErrors(capped).get(0)));
    assertEquals("units!52", parseErrors(capped).get(0).location().orElseThrow().sheet().orElseThrow() + "!"
        + parseErrors(capped).get(0).location().orElseThrow().line().getAsLong());
  }

  private static String reason(Issue issue) {
    Object reason = issue.arguments().get("reason");
    return reason instanceof org.qinglian.model.text.Reason r ? r.code() : String.valueOf(reason);
  }
}
