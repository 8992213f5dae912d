package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus: every input a crafted or broken delivery can be. Each gets a located
 * read error or the right rule code, within bounded time, and the command line answers 2 (or
 * 1) with at most one line on standard error — never a stack trace, never 0.
 */
class HostileInputTest {

  @TempDir
  static Path dir;

  static final Path ROOT = ValidateCommandTest.ROOT;
  static String sample;
  static final String DATASET_CSV = "schema_version,dataset_id,producer_name,producer_credit_code,jurisdiction,"
      + "period_start,period_end,as_of,generated_at\r\n1.0,d1,纪委,91350100M000100Y43,420102,2022-01-01,2022-12-31,"
      + "2022-12-31,2023-01-10T09:30:00+08:00\r\n";

  /** One hostile input: a name, the file, the codes that must be reported, the exit statuses allowed. */
  record Case(String name, Path path, List<String> codes, int... exits) {}

  static final List<Case> CASES = new ArrayList<>();

  @BeforeAll
  static void corpus() throws IOException {
    sample = Files.readString(ROOT.resolve("samples/data/xianyang-2022.json"), StandardCharsets.UTF_8);
    add("truncated", file("truncated.json", sample.substring(0, sample.length() / 2)), "PARSE_ERROR");
    add("empty json", file("empty.json", ""), "PARSE_ERROR");
    add("empty json lines", file("empty.jsonl", ""), "FIELD_REQUIRED");
    add("empty zip", file("empty.zip", ""), "PARSE_ERROR");
    Files.createDirectories(dir.resolve("empty-folder"));
    add("empty folder", dir.resolve("empty-folder"), "PARSE_ERROR");
    byte[] noise = new byte[8192];
    new Random(8).nextBytes(noise);
    add("random bytes json", bytes("random.json", noise), "PARSE_ERROR");
    add("random bytes json lines", bytes("random.jsonl", noise), "PARSE_ERROR");
    add("random bytes zip", bytes("random.zip", noise), "PARSE_ERROR");
    add("random bytes csv", csv("random-csv", noise), "PARSE_ERROR");
    add("200,000-deep nesting", file("deep.json", "{\"header\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}"),
        "PARSE_ERROR");
    add("duplicate keys", file("duplicate.json", sample.replaceFirst("\"datasetId\"", "\"datasetId\" : \"x\",\n    \"datasetId\"")),
        "PARSE_ERROR");
    add("wrong types", file("types.json", sample.replace("\"year\" : 2022", "\"year\" : \"二〇二二\"")), "FIELD_INVALID");
    add("5,000-digit number", file("number.json", sample.replace("\"value\" : 2.46", "\"value\" : " + "9".repeat(5_000))),
        "PARSE_ERROR");
    add("NUL escaped in a string", file("nul.json", sample.replace("咸阳市财政局", "咸阳市\\u0000财政局")), "FIELD_INVALID");
    add("raw NUL byte", file("raw-nul.json", sample.replace("咸阳市财政局", "咸阳市\0财政局")), "PARSE_ERROR");
    byte[] utf8 = sample.getBytes(StandardCharsets.UTF_8);
    byte[] broken = Arrays.copyOf(utf8, utf8.length);
    int at = sample.indexOf("咸阳市财政局");
    broken[new String(sample.substring(0, at)).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xC3;
    add("invalid UTF-8 json", bytes("invalid-utf8.json", broken), "PARSE_ERROR");
    add("ragged CSV rows", csv("ragged", "id,name,category,division_code\r\nU1,单位,ORGAN,420102\r\nU2,多,ORGAN,420102,x\r\n"),
        "PARSE_ERROR");
    add("unbalanced quotes", csv("quotes", "id,name,category,division_code\r\nU1,\"单位,ORGAN,420102\r\nU2,x,ORGAN,420102\r\n"),
        "PARSE_ERROR");
    add("NUL in a CSV cell", csv("csv-nul", "id,name,category,division_code\r\nU1,单\0位,ORGAN,420102\r\n"), "FIELD_INVALID");
    add("invalid UTF-8 csv", csv("csv-invalid", concat("id,name,category,division_code\r\nU1,".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xC3, (byte) 0x28}, ",ORGAN,420102\r\n".getBytes(StandardCharsets.UTF_8))), "PARSE_ERROR");
    add("mixed encodings", csv("mixed", concat(("id,name,category,division_code\r\nU1," + "清廉单元建设示范点".repeat(4)
        + ",ORGAN,420102\r\nU2,").getBytes(StandardCharsets.UTF_8), "武汉市江岸区".getBytes(Charset.forName("GBK")),
        ",ORGAN,420102\r\n".getBytes(StandardCharsets.UTF_8))), "PARSE_ERROR");
    add("formula cells", csv("formula", "id,name,category,division_code\r\n=cmd|' /C calc'!A0,=HYPERLINK(\"http://x\"),ORGAN,"
        + "420102\r\n"), "FIELD_INVALID");
    add("zip slip", zip("slip.zip", "dataset.csv", DATASET_CSV, "../../units.csv", "id\r\nU1\r\n"), "PARSE_ERROR");
    add("damaged ZIP entry", damaged(zip("damaged.zip", "dataset.csv", DATASET_CSV, "units.csv",
        "id,name,category,division_code\r\n" + IntStream.range(0, 2000)
            .mapToObj(i -> "U" + i + ",单位" + (i * 7919 % 10007) + ",ORGAN,420102\r\n")
            .collect(Collectors.joining()))), "PARSE_ERROR");
    add("zip bomb (1 GiB of zeros)", bomb("bomb.zip", 1L << 30), "PARSE_ERROR");
    add("a 90 MB string", hugeString("huge.json", 90 << 20), "PARSE_ERROR");
    // Workbooks: governance-excel's own HostileWorkbookTest holds the crafted parts (entities,
    // shared strings, a million columns, formulas); here the command line's answer to each kind.
    add("random bytes xlsx", bytes("random.xlsx", noise), "PARSE_ERROR");
    add("encrypted workbook or legacy xls", bytes("encrypted.xlsx", concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
        (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, noise)), "PARSE_ERROR");
    Path workbook = dir.resolve("whole.xlsx");
    org.qinglian.excel.ExcelExchange.write(org.qinglian.io.ExchangeReader.readDataset(
        ROOT.resolve("samples/data/xianyang-2022.json"), org.qinglian.io.ReadOptions.defaults()).dataset().orElseThrow(),
        workbook, org.qinglian.io.WriteOptions.defaults());
    byte[] whole = Files.readAllBytes(workbook);
    add("truncated xlsx", bytes("truncated.xlsx", Arrays.copyOf(whole, whole.length / 2)), "PARSE_ERROR");
    add("xlsx zip bomb (256 MiB of zeros)", bomb("bomb.xlsx", 1L << 28), "PARSE_ERROR");
  }

  private static void add(String name, Path path, String... codes) {
    CASES.add(new Case(name, path, List.of(codes)));
  }

  private static Path file(String name, String text) throws IOException {
    return bytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Path bytes(String name, byte[] content) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, content);
    return path;
  }

  private static Path csv(String folder, String units) throws IOException {
    return csv(folder, units.getBytes(StandardCharsets.UTF_8));
  }

  private static Path csv(String folder, byte[] units) throws IOException {
    Path path = dir.resolve(folder);
    Files.createDirectories(path);
    Files.writeString(path.resolve("dataset.csv"), DATASET_CSV, StandardCharsets.UTF_8);
    Files.write(path.resolve("units.csv"), units);
    return path;
  }

  private static byte[] concat(byte[]... parts) {
    int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  /** Overwrites part of the second entry's compressed data: the archive's directory stays intact. */
  private static Path damaged(Path zip) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    int header = -1;
    for (int i = 1; i + 4 <= bytes.length && header < 0; i++) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4) {
        header = i;
      }
    }
    int data = header + 30 + (bytes[header + 26] & 0xff) + (bytes[header + 28] & 0xff);
    Arrays.fill(bytes, data + 200, data + 400, (byte) 0xff);
    Files.write(zip, bytes);
    return zip;
  }

  private static Path zip(String name, String... entries) throws IOException {
    Path path = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(path))) {
      for (int i = 0; i < entries.length; i += 2) {
        zip.putNextEntry(new ZipEntry(entries[i]));
        zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return path;
  }

  private static Path bomb(String name, long size) throws IOException {
    Path path = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(path))) {
      zip.putNextEntry(new ZipEntry("dataset.csv"));
      zip.write(DATASET_CSV.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("units.csv"));
      zip.write("id,name\r\nU1,".getBytes(StandardCharsets.UTF_8));
      byte[] zeros = new byte[1 << 20];
      Arrays.fill(zeros, (byte) '0');
      for (long written = 0; written < size; written += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return path;
  }

  private static Path hugeString(String name, int length) throws IOException {
    Path path = dir.resolve(name);
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      out.write(sample.substring(0, sample.indexOf("\"units\"")));
      out.write("\"units\" : [ { \"id\" : \"U1\", \"name\" : \"");
      char[] chunk = new char[1 << 20];
      Arrays.fill(chunk, 'x');
      for (int written = 0; written < length; written += chunk.length) {
        out.write(chunk);
      }
      out.write("\" } ] }");
    }
    return path;
  }

  @TestFactory
  Stream<DynamicTest> everyHostileInputIsReportedNeverCrashes() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertTimeoutPreemptively(
        Duration.ofSeconds(60), () -> {
          Cli cli = Cli.run("validate", c.path().toString(), "--format", "json", "--locale", "en");
          assertTrue(cli.status == 1 || cli.status == 2, () -> c.name() + ": " + cli);
          assertTrue(cli.err.lines().count() <= 1, () -> c.name() + ": one line at most\n" + cli.err);
          assertFalse(cli.err.contains("\tat ") || cli.err.contains("Exception"), () -> c.name() + ": " + cli.err);
          for (String code : c.codes()) {
            assertTrue(cli.out.contains("\"code\" : \"" + code + "\""), () -> c.name() + ": no " + code + "\n" + cli.out);
          }
          if (c.codes().contains("FIELD_INVALID")) {
            // One bad value is a finding about that record, not an unreadable input.
            assertEquals(1, cli.status, c.name());
            assertTrue(cli.out.contains("\"location\""), () -> c.name() + ": located\n" + cli.out);
          }
          if (c.codes().contains("PARSE_ERROR")) {
            assertEquals(2, cli.status, c.name());
            assertTrue(cli.out.contains("\"location\""), () -> c.name() + ": located\n" + cli.out);
            assertTrue(cli.err.startsWith("qinglian: "), cli.err);
          }
        })));
  }

  /** The bomb and the 90 MB string in a JVM of 128 MiB: bounded memory, not just luck. */
  @Test
  void largeHostileInputsStayWithinASmallHeap() throws Exception {
    for (String name : new String[] {"bomb.zip", "huge.json"}) {
      Path input = CASES.stream().filter(c -> c.path().getFileName().toString().equals(name)).findFirst()
          .orElseThrow().path();
      Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx128m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "validate", input.toString())
          .redirectErrorStream(false).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      byte[] err = process.getErrorStream().readAllBytes();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), name + " finished in time");
      String errors = new String(err, StandardCharsets.UTF_8);
      assertEquals(2, process.exitValue(), name + "\n" + new String(out, StandardCharsets.UTF_8) + errors);
      assertFalse(errors.contains("OutOfMemoryError") || errors.contains("\tat "), errors);
    }
  }

}
