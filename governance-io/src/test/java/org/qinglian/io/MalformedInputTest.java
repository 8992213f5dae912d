package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.fixtures.Fixtures;

/** Every class of malformed input and every limit: a located issue, never an exception. */
class MalformedInputTest {

  @TempDir
  Path dir;

  /** A valid header and unit, as JSON (also for {@code DuplicateMemberTest}). */
  static final String HEADER = "{\"schemaVersion\":\"1.0\",\"datasetId\":\"d1\",\"producer\":{\"name\":\"纪委\","
      + "\"creditCode\":\"91350100M000100Y43\"},\"jurisdiction\":\"420102\",\"periodStart\":\"2022-01-01\","
      + "\"periodEnd\":\"2022-12-31\",\"asOf\":\"2022-12-31\",\"generatedAt\":\"2023-01-10T09:30:00+08:00\"}";

  static final String UNIT = "{\"id\":\"U1\",\"name\":\"单位\",\"category\":\"ORGAN\",\"divisionCode\":\"420102\"}";

  private Path file(String name, String content) throws IOException {
    return file(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path file(String name, byte[] content) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    Files.write(path, content);
    return path;
  }

  private static ReadResult read(Path path) throws IOException {
    return ExchangeReader.readDataset(path, ReadOptions.defaults());
  }

  private static ReadResult read(Path path, ReadLimits limits) throws IOException {
    return ExchangeReader.readDataset(path, ReadOptions.builder().limits(limits).build());
  }

  /** The one issue of {@code code}, checked for its location. */
  private static ReadIssue only(ReadResult result, String code) {
    List<ReadIssue> found = result.issues().stream().filter(i -> i.code().equals(code)).toList();
    assertEquals(1, found.size(), () -> code + " in " + result.issues());
    return found.get(0);
  }

  private static void at(ReadIssue issue, long line, long column, String pointer) {
    assertEquals(OptionalLong.of(line), issue.location().line(), issue::toString);
    if (column > 0) {
      assertEquals(OptionalLong.of(column), issue.location().column(), issue::toString);
    }
    if (pointer != null) {
      assertEquals(Optional.of(pointer), issue.location().pointer(), issue::toString);
    }
  }

  private static String detail(ReadIssue issue) {
    return issue.describe(Locale.ENGLISH);
  }

  @Test
  void truncatedJson() throws IOException {
    ReadIssue issue = only(read(file("t.json", "{\"header\":" + HEADER + ",\n\"units\":[" + UNIT + ",\n{\"id\":\"U2\",")),
        "PARSE_ERROR");
    at(issue, 3, 0, null);
    assertTrue(detail(issue).contains("invalid JSON"), detail(issue));
    assertTrue(issue.location().file().orElseThrow().endsWith("t.json"));
  }

  @Test
  void emptyFileAndNotAnObject() throws IOException {
    ReadResult empty = read(file("e.json", ""));
    assertTrue(empty.hasErrors());
    assertTrue(empty.dataset().isEmpty());
    ReadIssue array = only(read(file("a.json", "[1, 2]")), "PARSE_ERROR");
    at(array, 1, 1, null);
    assertTrue(detail(array).contains("expected a JSON object"), detail(array));
  }

  @Test
  void wrongTypeIsLocatedAtTheValue() throws IOException {
    String task = "{\"id\":\"T1\",\"title\":\"任务\",\"kind\":\"TASK\",\"year\":\"二〇二二\",\"jurisdiction\":\"420102\","
        + "\"leadUnitId\":\"U1\",\"startDate\":\"2022-01-01\",\"dueDate\":\"2022-02-30\",\"status\":\"DONE\"}";
    ReadResult result = read(file("w.json", "{\"header\":" + HEADER + ",\n\"tasks\":[\n" + task + "]}"));
    List<ReadIssue> errors = result.issues();
    assertEquals(3, errors.size(), errors.toString());
    ReadIssue year = errors.stream().filter(i -> i.path().equals(Optional.of("year"))).findFirst().orElseThrow();
    at(year, 3, 0, "/tasks/0/year");
    assertTrue(detail(year).contains("expected a whole number"), detail(year));
    ReadIssue due = errors.stream().filter(i -> i.path().equals(Optional.of("dueDate"))).findFirst().orElseThrow();
    assertTrue(detail(due).contains("expected a date"), detail(due));
    ReadIssue status = errors.stream().filter(i -> i.path().equals(Optional.of("status"))).findFirst().orElseThrow();
    assertTrue(detail(status).contains("NOT_STARTED"), detail(status));
    assertTrue(result.dataset().orElseThrow().getTasks().isEmpty(), "an unbuildable record is reported, not built");
  }

  @Test
  void duplicateKeysAreRejected() throws IOException {
    ReadIssue issue = only(read(file("d.json", "{\"header\":" + HEADER + ",\"units\":[\n{\"id\":\"U1\",\"id\":\"U2\"}]}")),
        "PARSE_ERROR");
    at(issue, 2, 0, null);
    assertTrue(detail(issue).contains("Duplicate"), detail(issue));
  }

  @Test
  void aMissingRequiredFieldAndANonObjectElement() throws IOException {
    ReadResult result = read(file("m.json", "{\"header\":" + HEADER + ",\"units\":[{\"id\":\"U1\",\"category\":\"ORGAN\","
        + "\"divisionCode\":\"420102\"}, 7]}"));
    ReadIssue missing = only(result, "FIELD_REQUIRED");
    assertEquals(Optional.of("name"), missing.path());
    at(missing, 1, 0, "/units/0");
    ReadIssue notObject = only(result, "PARSE_ERROR");
    at(notObject, 1, 0, "/units/1");
  }

  @Test
  void aDemonstrationOfUnknownMembersOnlyStillNeedsItsFields() throws IOException {
    // U1's demonstration holds only a member the format does not define; U2 has an unknown member
    // elsewhere and no demonstration; U3 none of either.
    ReadResult result = read(file("demo.json", "{\"header\":" + HEADER + ",\"units\":["
        + "{\"id\":\"U1\",\"name\":\"单位\",\"category\":\"ORGAN\",\"divisionCode\":\"420102\","
        + "\"demonstration\":{\"remark\":\"待评\"}},"
        + "{\"id\":\"U2\",\"name\":\"单位\",\"category\":\"ORGAN\",\"divisionCode\":\"420102\",\"remark\":\"x\"},"
        + UNIT.replace("U1", "U3") + "]}"));
    List<ReadIssue> required = result.issues().stream().filter(i -> i.code().equals("FIELD_REQUIRED")).toList();
    assertEquals(List.of(Optional.of("demonstration.level"), Optional.of("demonstration.status"),
        Optional.of("demonstration.year")), required.stream().map(ReadIssue::path).toList(), result.issues()::toString);
    required.forEach(issue -> at(issue, 1, 0, "/units/0"));
    var units = result.dataset().orElseThrow().getUnits();
    assertEquals(List.of("U2", "U3"), units.stream().map(org.qinglian.model.unit.Unit::getId).toList(),
        "U1 cannot be built; the others have no demonstration");
    assertTrue(units.stream().allMatch(unit -> unit.getDemonstration().isEmpty()));
  }

  @Test
  void aMissingHeader() throws IOException {
    ReadResult result = read(file("h.json", "{\"units\":[" + UNIT + "]}"));
    assertEquals(Optional.of("header"), only(result, "FIELD_REQUIRED").path());
    assertTrue(result.dataset().isEmpty());
  }

  @Test
  void theHeaderMayComeLast() throws IOException {
    ReadResult result = read(file("l.json", "{\"units\":[" + UNIT + "],\"header\":" + HEADER + "}"));
    assertEquals(List.of(), result.issues());
    assertEquals(1, result.dataset().orElseThrow().getUnits().size());
  }

  @Test
  void invalidUtf8InJson() throws IOException {
    byte[] start = ("{\"header\":" + HEADER + ",\"units\":[{\"id\":\"U1\",\"name\":\"").getBytes(StandardCharsets.UTF_8);
    byte[] end = "\"}]}".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[start.length + 2 + end.length];
    System.arraycopy(start, 0, bytes, 0, start.length);
    bytes[start.length] = (byte) 0xC3;
    bytes[start.length + 1] = (byte) 0x28;
    System.arraycopy(end, 0, bytes, start.length + 2, end.length);
    ReadIssue issue = only(read(file("u.json", bytes)), "PARSE_ERROR");
    assertTrue(detail(issue).toLowerCase().contains("utf-8"), detail(issue));
    at(issue, 1, 0, null);
  }

  @Test
  void nestingDepthLimit() throws IOException {
    String deep = "[".repeat(100) + "]".repeat(100);
    ReadIssue issue = only(read(file("n.json", "{\"header\":" + HEADER + ",\n\"deep\":" + deep + "}")), "PARSE_ERROR");
    assertTrue(detail(issue).contains("limit"), detail(issue));
    at(issue, 2, 0, null);
  }

  @Test
  void eachReadKeepsItsOwnLimitsWhenFactoriesAreShared() throws IOException {
    // Reads share the factory of equal limits: a read with other limits must not get it, nor lose its own.
    Path file = file("shared.json", "{\"header\":" + HEADER + ",\n\"units\":[{\"id\":\"U1\",\"name\":\""
        + "名".repeat(2_000) + "\"}]}");
    ReadLimits small = ReadLimits.defaults().withMaxStringLength(1_000);
    for (int round = 0; round < 2; round++) {
      assertEquals(1, read(file, small).issues().stream().filter(i -> i.code().equals("PARSE_ERROR")).count());
      assertEquals(0, read(file).issues().stream().filter(i -> i.code().equals("PARSE_ERROR")).count());
      assertEquals(1, read(file, ReadLimits.defaults().withMaxStringLength(1_000)).issues().stream()
          .filter(i -> i.code().equals("PARSE_ERROR")).count());
    }
    assertSame(Json.readFactory(small), Json.readFactory(ReadLimits.defaults().withMaxStringLength(1_000)));
  }

  @Test
  void stringLengthLimit() throws IOException {
    String longName = "名".repeat(2_000);
    ReadIssue issue = only(read(file("s.json", "{\"header\":" + HEADER + ",\n\"units\":[{\"id\":\"U1\",\"name\":\""
        + longName + "\"}]}"), ReadLimits.defaults().withMaxStringLength(1_000)), "PARSE_ERROR");
    assertTrue(detail(issue).contains("limit"), detail(issue));
    at(issue, 2, 0, null);
  }

  @Test
  void numberLengthLimit() throws IOException {
    ReadIssue issue = only(read(file("x.json", "{\"header\":" + HEADER + ",\n\"indicators\":[{\"value\":"
        + "9".repeat(5_000) + "}]}")), "PARSE_ERROR");
    assertTrue(detail(issue).contains("limit"), detail(issue));
    at(issue, 2, 0, null);
  }

  @Test
  void recordsPerFileLimit() throws IOException {
    ReadResult result = read(file("r.json", "{\"header\":" + HEADER + ",\"units\":[\n" + UNIT + ",\n"
        + UNIT.replace("U1", "U2") + ",\n" + UNIT.replace("U1", "U3") + "]}"), ReadLimits.defaults().withMaxRecordsPerFile(2));
    ReadIssue issue = only(result, "PARSE_ERROR");
    at(issue, 4, 0, "/units/2");
    assertEquals(2, result.dataset().orElseThrow().getUnits().size());
  }

  @Test
  void jsonLinesBrokenLinesAndLongLines() throws IOException {
    String header = "{\"type\":\"header\"," + HEADER.substring(1);
    String content = header + "\n{\"type\":\"unit\",\"id\":\"U1\"\n{\"type\":\"planet\"}\n"
        + "{\"type\":\"unit\",\"id\":\"U2\",\"name\":\"" + "长".repeat(500) + "\"}\n"
        + "{\"type\":\"unit\"," + UNIT.substring(1).replace("U1", "U3") + "\n";
    ReadResult result = read(file("j.jsonl", content), ReadLimits.defaults().withMaxLineLength(1_000));
    List<ReadIssue> errors = result.issues().stream().filter(i -> i.code().equals("PARSE_ERROR")).toList();
    assertEquals(3, errors.size(), result.issues().toString());
    at(errors.get(0), 2, 0, null);
    at(errors.get(1), 3, 0, null);
    assertTrue(detail(errors.get(1)).contains("planet"), detail(errors.get(1)));
    at(errors.get(2), 4, 1, null);
    assertTrue(detail(errors.get(2)).contains("maxLineLength"), detail(errors.get(2)));
    assertEquals(List.of("U3"), result.dataset().orElseThrow().getUnits().stream().map(u -> u.getId()).toList(),
        "the reader goes on after a bad line");
  }

  @Test
  void jsonLinesReadTheSameWhereverTypeStands() throws IOException {
    String header = "{\"type\":\"header\"," + HEADER.substring(1);
    String first = "{\"type\":\"unit\"," + UNIT.substring(1);
    String last = UNIT.replace("U1", "U2").substring(0, UNIT.length() - 1) + ",\"type\":\"unit\"}";
    String middle = "{\"id\":\"U3\",\"type\":\"unit\"," + UNIT.substring(1).replaceFirst("\"id\":\"U1\",?", "");
    ReadResult result = read(file("w.jsonl", header + "\n" + first + "\n" + last + "\n" + middle + "\n"));
    assertEquals(List.of(), result.issues().stream().filter(i -> !i.code().equals("UNKNOWN_FIELD")).toList());
    var one = org.qinglian.model.unit.ImmutableUnit.copyOf(result.dataset().orElseThrow().getUnits().get(0));
    assertEquals(List.of(one.withId("U1"), one.withId("U2"), one.withId("U3")), result.dataset().orElseThrow().getUnits(),
        "type first (read on from the kept parser), last or in the middle: the same unit");
  }

  @Test
  void jsonLinesSplitWhereverBlocksEnd() throws IOException {
    // A byte-order mark, CRLF line ends, a line far longer than the reader's 64 KiB block, no final line end.
    String header = "\uFEFF{\"type\":\"header\"," + HEADER.substring(1);
    String big = UNIT.substring(0, UNIT.length() - 1) + ",\"vendorBlob\":\"" + "x".repeat(200_000) + "\",\"type\":\"unit\"}";
    String last = "{\"type\":\"unit\"," + UNIT.substring(1).replace("U1", "U2");
    ReadResult result = read(file("b.jsonl", header + "\r\n" + big + "\r\n\r\n" + last));
    assertEquals(List.of("U1", "U2"), result.dataset().orElseThrow().getUnits().stream().map(u -> u.getId()).toList(),
        result.issues().toString());
    ReadIssue blob = only(result, "UNKNOWN_FIELD");
    at(blob, 2, 0, "/vendorBlob");
    assertEquals(List.of(), result.issues().stream().filter(i -> !i.code().equals("UNKNOWN_FIELD")).toList());
    assertEquals(200_002, result.dataset().orElseThrow().getUnits().get(0).getExtensions().values().iterator().next().length());
  }

  private Path csvPackage(String units, Charset charset) throws IOException {
    Path folder = dir.resolve("pkg" + System.nanoTime());
    ExchangeWriter.write(Fixtures.dataset(), folder, ExchangeFormat.CSV_FOLDER, WriteOptions.defaults());
    Files.write(folder.resolve("units.csv"), units.getBytes(charset));
    return folder;
  }

  @Test
  void raggedCsvRowsAndBadCells() throws IOException {
    String units = "id,name,category,division_code\r\nU-JA-CZJ,财政局,ORGAN,420102\r\nU-2,多一列,ORGAN,420102,extra\r\n"
        + "U-3,类别错,学校X,420102\r\nU-JA-JW,纪委,ORGAN,420102\r\nU-JA-VILLAGE-1,社区,村居,420102009001\r\n";
    ReadResult result = read(csvPackage(units, StandardCharsets.UTF_8));
    ReadIssue ragged = only(result, "PARSE_ERROR");
    at(ragged, 3, 1, null);
    assertTrue(ragged.location().file().orElseThrow().endsWith("units.csv"));
    assertTrue(detail(ragged).contains("expected 4 fields"), detail(ragged));
    assertEquals(4, result.dataset().orElseThrow().getUnits().size(), "an unknown category is kept for the validator");
  }

  @Test
  void aWrongCellIsLocatedByLineAndColumn() throws IOException {
    String units = "标识,名称,类别,行政区划代码,示范点级别,示范点状态,示范点年份\r\n"
        + "U-JA-CZJ,财政局,机关,420102,市级,命名,二〇二二\r\n";
    ReadIssue issue = only(read(csvPackage(units, StandardCharsets.UTF_8)), "FIELD_INVALID");
    at(issue, 2, 7, null);
    assertEquals(Optional.of("demonstration.year"), issue.path());
  }

  @Test
  void unbalancedQuotesAreReported() throws IOException {
    String units = "id,name,category,division_code\r\nU-JA-CZJ,\"财政局,ORGAN,420102\r\nU-2,x,ORGAN,420102\r\n";
    ReadResult result = read(csvPackage(units, StandardCharsets.UTF_8));
    ReadIssue issue = only(result, "PARSE_ERROR");
    at(issue, 2, 0, null);
  }

  @Test
  void gbkCsvIsDetectedAndBadBytesAreReported() throws IOException {
    String units = "标识,名称,类别,行政区划代码\r\nU-JA-CZJ,武汉市江岸区财政局,机关,420102\r\n";
    ReadResult gbk = read(csvPackage(units, Charset.forName("GBK")));
    assertEquals("武汉市江岸区财政局", gbk.dataset().orElseThrow().getUnits().get(0).getName());
    ReadResult forced = ExchangeReader.readDataset(csvPackage(units, Charset.forName("GBK")),
        ReadOptions.builder().encoding(StandardCharsets.UTF_8).build());
    ReadIssue issue = only(forced, "PARSE_ERROR");
    assertTrue(detail(issue).contains("encoding"), detail(issue));
    assertTrue(issue.location().file().orElseThrow().endsWith("units.csv"));
    assertTrue(issue.location().line().isPresent());
  }

  @Test
  void bothHeaderLanguagesForOneColumnAreRejected() throws IOException {
    String units = "id,标识,name,category,division_code\r\nU-JA-CZJ,U-X,财政局,ORGAN,420102\r\n";
    ReadIssue issue = only(read(csvPackage(units, StandardCharsets.UTF_8)), "PARSE_ERROR");
    at(issue, 1, 2, null);
  }

  private Path zip(String... namesAndContents) throws IOException {
    Path path = dir.resolve("z" + System.nanoTime() + ".zip");
    try (OutputStream out = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return path;
  }

  private static String datasetCsv() {
    return "schema_version,dataset_id,producer_name,producer_credit_code,jurisdiction,period_start,period_end,as_of,"
        + "generated_at\r\n1.0,d1,纪委,91350100M000100Y43,420102,2022-01-01,2022-12-31,2022-12-31,"
        + "2023-01-10T09:30:00+08:00\r\n";
  }

  @Test
  void zipSlipNamesAreRefused() throws IOException {
    ReadResult result = read(zip("dataset.csv", datasetCsv(), "../../units.csv", "id\r\nU1\r\n"));
    ReadIssue issue = only(result, "PARSE_ERROR");
    assertTrue(issue.location().file().orElseThrow().endsWith("!/../../units.csv"), issue.toString());
    assertTrue(detail(issue).contains("not allowed"), detail(issue));
    assertTrue(result.dataset().isPresent());
  }

  @Test
  void aZipBombIsStopped() throws IOException {
    String zeros = "0".repeat(3 << 20);
    ReadResult result = read(zip("dataset.csv", datasetCsv(), "units.csv", "id\r\n" + zeros + "\r\n"));
    ReadIssue issue = only(result, "PARSE_ERROR");
    assertTrue(detail(issue).contains("maxZipRatio") || detail(issue).contains("maxStringLength"), detail(issue));
    ReadResult total = read(zip("dataset.csv", datasetCsv(), "units.csv", "id\r\nU1\r\n"),
        ReadLimits.defaults().withZip(64, 100, 200));
    assertTrue(detail(only(total, "PARSE_ERROR")).contains("maxZipBytes"));
    ReadResult entries = read(zip("dataset.csv", datasetCsv(), "a.txt", "x", "b.txt", "y"),
        ReadLimits.defaults().withZip(2, 1 << 30, 200));
    assertTrue(detail(only(entries, "PARSE_ERROR")).contains("maxZipEntries"));
  }

  /** Offset of the second entry's local header (units.csv after dataset.csv). */
  private static int secondLocalHeader(byte[] zip) {
    int found = 0;
    for (int i = 0; i + 4 <= zip.length; i++) {
      if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4 && ++found == 2) {
        return i;
      }
    }
    throw new AssertionError("no second entry");
  }

  @Test
  void damagedEntriesAreReportedNotThrown() throws IOException {
    StringBuilder rows = new StringBuilder("id,name\r\n");
    for (int i = 0; i < 2000; i++) {
      rows.append("U").append(i).append(",单位").append(i * 7919 % 10007).append("\r\n");
    }
    byte[] valid = Files.readAllBytes(zip("dataset.csv", datasetCsv(), "units.csv", rows.toString()));
    int header = secondLocalHeader(valid);
    int data = header + 30 + (valid[header + 26] & 0xff) + (valid[header + 28] & 0xff);

    byte[] garbled = valid.clone();
    for (int i = data + 200; i < data + 400; i++) {
      garbled[i] = (byte) 0xff; // not a valid deflate stream from here on
    }
    ReadIssue inflate = only(read(file("garbled.zip", garbled)), "PARSE_ERROR");
    assertTrue(inflate.location().file().orElseThrow().endsWith("!/units.csv"), inflate.toString());
    assertTrue(detail(inflate).contains("damaged"), detail(inflate));

    byte[] badHeader = valid.clone();
    badHeader[header + 1] = 'X'; // the central directory still points here
    ReadIssue local = only(read(file("bad-header.zip", badHeader)), "PARSE_ERROR");
    assertTrue(detail(local).contains("damaged"), detail(local));
  }

  /** Chinese Windows writes entry names in GBK without the UTF-8 flag; such a package reads. */
  @Test
  void gbkEntryNamesAreReadAndUndecodableNamesReported() throws IOException {
    Path gbk = dir.resolve("gbk.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(gbk), Charset.forName("GBK"))) {
      zip.putNextEntry(new ZipEntry("咸阳2022/dataset.csv"));
      zip.write(datasetCsv().getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("咸阳2022/units.csv"));
      zip.write("id,name,category,division_code\r\nU1,单位,ORGAN,420102\r\n".getBytes(StandardCharsets.UTF_8));
    }
    ReadResult read = read(gbk);
    assertEquals(List.of(), read.issues());
    assertEquals(1, read.dataset().orElseThrow().getUnits().size());

    byte[] bytes = Files.readAllBytes(zip("dataset.csv", datasetCsv(), "zz/units.csv", "id\r\nU1\r\n"));
    for (int i = 0; i + 1 < bytes.length; i++) {
      if (bytes[i] == 'z' && bytes[i + 1] == 'z') { // in the local and the central header
        bytes[i] = (byte) 0xC3;
        bytes[i + 1] = 0x28;
      }
    }
    for (int i = 6; i + 2 < bytes.length; i++) { // set the UTF-8 flag (bit 11) of both headers of the entry
      boolean local = bytes[i - 6] == 'P' && bytes[i - 5] == 'K' && bytes[i - 4] == 3 && bytes[i - 3] == 4;
      boolean central = i >= 8 && bytes[i - 8] == 'P' && bytes[i - 7] == 'K' && bytes[i - 6] == 1 && bytes[i - 5] == 2;
      if (local || central) {
        bytes[i + 1] |= 0x08;
      }
    }
    ReadIssue issue = only(read(file("bad-names.zip", bytes)), "PARSE_ERROR");
    assertTrue(detail(issue).contains("neither UTF-8 nor GB18030"), detail(issue));
  }

  @Test
  void notAZipAndAnUnknownFormat() throws IOException {
    assertTrue(detail(only(read(file("bad.zip", "not a zip")), "PARSE_ERROR")).contains("ZIP"));
    assertTrue(detail(only(read(file("data.xml", "<x/>")), "PARSE_ERROR")).contains("cannot tell the format"));
  }

  @Test
  void unknownFilesInAPackageAreReported() throws IOException {
    Path folder = dir.resolve("pkg-extra");
    ExchangeWriter.write(Fixtures.dataset(), folder, ExchangeFormat.CSV_FOLDER, WriteOptions.defaults());
    Files.writeString(folder.resolve("notes.txt"), "hello");
    ReadIssue issue = only(read(folder), "UNKNOWN_FIELD");
    assertTrue(((String) issue.arguments().get("field")).startsWith("notes.txt"), issue.toString());
  }
}
