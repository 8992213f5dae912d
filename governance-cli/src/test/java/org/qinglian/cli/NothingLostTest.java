package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.samples.SampleDatasets;
import org.qinglian.validation.DatasetValidator;

/**
 * The probes that found data lost or invented, each replayed through the command line or
 * the library: every one of them failed on the code before the fix.
 */
class NothingLostTest {

  @TempDir
  Path dir;

  private Path json(String name, Dataset dataset) throws IOException {
    Path file = dir.resolve(name);
    ExchangeWriter.write(dataset, file, ExchangeFormat.JSON, WriteOptions.defaults());
    return file;
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void convertingIntoAnEarlierCsvFolderReplacesItWhole() throws IOException {
    Path out = dir.resolve("pkg");
    assertEquals(0, Cli.run("convert", json("with.json", SampleDatasets.xianyang2022()).toString(), out.toString()).status);
    assertTrue(Files.exists(out.resolve("indicators.csv")));
    Dataset without = ImmutableDataset.copyOf(SampleDatasets.xianyang2022()).withIndicators(List.of());
    Cli second = Cli.run("convert", json("without.json", without).toString(), out.toString());
    assertEquals(0, second.status, second.toString());
    assertFalse(Files.exists(out.resolve("indicators.csv")), "no file of the earlier package survives");
    assertEquals(0, ExchangeReader.readDataset(out, ReadOptions.defaults()).dataset().orElseThrow().getIndicators().size());
    assertEquals(List.of(), names(dir).stream().filter(n -> n.contains(".qinglian-")).collect(Collectors.toList()));
  }

  @Test
  void aFolderWithOtherFilesIsNotReplaced() throws IOException {
    Path out = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(out.resolve("notes.txt"), "keep me");
    Cli cli = Cli.run("convert", json("in.json", SampleDatasets.xianyang2022()).toString(), out.toString());
    assertEquals(2, cli.status, cli.toString());
    assertEquals(List.of("notes.txt"), names(out));
  }

  @Test
  void convertAndValidateNeverWriteOntoTheirInput() throws IOException {
    Path in = json("in.json", SampleDatasets.xianyang2022());
    // One unreadable record: the old code read it, dropped it, overwrote the file, then exited 2.
    String text = Files.readString(in, StandardCharsets.UTF_8).replaceFirst("\"startDate\" ?: ?\"2022-", "\"startDate\":\"2022-13-");
    Files.writeString(in, text, StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(in);
    Cli same = Cli.run("convert", in.toString(), in.toString());
    assertEquals(2, same.status, same.toString());
    assertTrue(same.err.contains("会覆盖输入"), same.err);
    Path link = dir.resolve("link.json");
    Files.createSymbolicLink(link, in);
    assertEquals(2, Cli.run("convert", in.toString(), link.toString()).status);
    assertEquals(2, Cli.run("convert", link.toString(), dir.resolve("./in.json").toString()).status);
    assertEquals(2, Cli.run("validate", in.toString(), "--output", link.toString()).status);
    assertEquals(2, Cli.run("validate", in.toString(), "--output", in.toString()).status);
    assertArrayEquals(before, Files.readAllBytes(in));
  }

  @Test
  void partOfTheInputUnreadableMeansNothingWritten() throws IOException {
    Path in = json("in.json", SampleDatasets.xianyang2022());
    Files.writeString(in, Files.readString(in).replaceFirst("\"startDate\" ?: ?\"2022-", "\"startDate\":\"2022-13-"));
    Path out = dir.resolve("out.jsonl");
    Cli cli = Cli.run("convert", in.toString(), out.toString());
    assertEquals(2, cli.status);
    assertFalse(Files.exists(out), "a file without the unreadable record must not stand as the result");
  }

  @Test
  void aFailedWriteLeavesTheTargetAsItWas() throws IOException {
    Path target = dir.resolve("out.zip");
    Files.writeString(target, "the earlier file");
    Dataset dataset = SampleDatasets.xianyang2022();
    try (ExchangeWriter writer = ExchangeWriter.open(target, ExchangeFormat.CSV_ZIP, WriteOptions.defaults())) {
      writer.header(dataset.getHeader());
      writer.record(dataset.getUnits().get(0));
      // A record with an unknown field the CSV writer was not told of: the writer fails.
      var unit = org.qinglian.model.unit.ImmutableUnit.copyOf(dataset.getUnits().get(1)).withExtensions(Map.of("x", "1"));
      org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> writer.record(unit));
    }
    assertEquals("the earlier file", Files.readString(target));
    assertEquals(List.of("out.zip"), names(dir));
  }

  @Test
  void aKilledConvertLeavesNoPartialOutputAndTheNextRunSweeps() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path big = dir.resolve("big.jsonl");
    assertEquals(0, Cli.run("generate", "--records", "150000", big.toString()).status);
    Path out = dir.resolve("out");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "convert", big.toString(), out.toString(), "--header-lang", "zh"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    // Kill it once it writes: the hidden sibling exists and holds some files.
    while (System.nanoTime() < deadline && process.isAlive()) {
      boolean writing = names(dir).stream().anyMatch(n -> n.startsWith(".out.qinglian-"));
      if (writing) {
        break;
      }
      Thread.sleep(5);
    }
    assertTrue(process.isAlive(), "the conversion ended before it could be killed: " + Files.readString(dir.resolve("log")));
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertFalse(Files.exists(out), "a killed conversion leaves nothing at the target");
    assertFalse(names(tmp).isEmpty(), "the killed run left its spool (the next run removes it)");

    Cli again = Cli.run("convert", big.toString(), out.toString());
    assertEquals(0, again.status, again.toString());
    assertEquals(List.of(), names(dir).stream().filter(n -> n.contains(".qinglian-")).collect(Collectors.toList()));
    String saved = System.getProperty("java.io.tmpdir");
    System.setProperty("java.io.tmpdir", tmp.toString());
    try {
      assertEquals(0, Cli.run("convert", big.toString(), dir.resolve("again.zip").toString()).status);
    } finally {
      System.setProperty("java.io.tmpdir", saved);
    }
    assertEquals(List.of(), names(tmp), "spools of dead runs are swept, this run's removed");
  }

  @Test
  void unknownValuesComeBackExactly() throws IOException {
    Path in = json("plain.json", SampleDatasets.xianyang2022());
    String text = Files.readString(in, StandardCharsets.UTF_8)
        .replaceFirst("\\{", "{\"big\": 12345678901234567890.123, \"exp\": 1E+2, \"scaled\": 1.10,")
        .replaceFirst("\"producer\" ?: ?\\{", "\"producer\": {\"contact\": \"王某 12345\",")
        .replaceFirst("\"supervised\" ?: ?true", "\"supervised\": false");
    Files.writeString(in, text, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.json");
    assertEquals(0, Cli.run("convert", in.toString(), out.toString()).status);
    String back = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(back.contains("\"big\":12345678901234567890.123"), back.substring(0, 300));
    assertTrue(back.contains("\"exp\":1E+2"), back.substring(0, 300));
    assertTrue(back.contains("\"scaled\":1.10"), back.substring(0, 300));
    assertTrue(back.contains("\"producer\":{") && back.contains("\"contact\":\"王某 12345\""), back.substring(0, 600));
    assertFalse(back.contains("producer.contact"), "not moved to the top under a dotted name");
    assertTrue(back.contains("\"supervised\":false"));
  }

  @Test
  void anUnnamedCsvColumnWithValuesIsAReadError() throws IOException {
    Path folder = dir.resolve("pkg");
    ExchangeWriter.write(SampleDatasets.xianyang2022(), folder, ExchangeFormat.CSV_FOLDER, WriteOptions.defaults());
    Path units = folder.resolve("units.csv");
    List<String> lines = Files.readAllLines(units, StandardCharsets.UTF_8);
    List<String> edited = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      edited.add(lines.get(i) + (i == 0 ? "," : i == 2 ? ",lost value" : ","));
    }
    Files.write(units, edited, StandardCharsets.UTF_8);
    Cli cli = Cli.run("validate", folder.toString(), "--format", "json");
    assertEquals(2, cli.status, cli.toString());
    assertTrue(cli.err.contains("没有列名"), cli.err);
    // Without values an unnamed column is only a spreadsheet's habit.
    edited.set(2, lines.get(2) + ",");
    Files.write(units, edited, StandardCharsets.UTF_8);
    assertEquals(0, Cli.run("validate", folder.toString()).status);
  }

  @Test
  void aUtf8FileReadAsGb18030IsAReadError() throws IOException {
    Path folder = dir.resolve("pkg");
    ExchangeWriter.write(SampleDatasets.xianyang2022(), folder, ExchangeFormat.CSV_FOLDER,
        WriteOptions.builder().bom(true).build());
    Cli cli = Cli.run("validate", folder.toString(), "--encoding", "gb18030");
    assertEquals(2, cli.status, cli.toString());
    assertTrue(cli.err.contains("字节顺序标记"), cli.err);
  }

  @Test
  void anInterruptedValidationLeavesNoThreadBehind() throws Exception {
    Path big = dir.resolve("big.jsonl");
    assertEquals(0, Cli.run("generate", "--records", "60000", big.toString()).status);
    DatasetValidator validator = DatasetValidator.standard();
    for (int i = 0; i < 4; i++) {
      Thread caller = new Thread(() -> {
        try {
          ExchangeReader.validate(big, ReadOptions.defaults(), validator);
        } catch (IOException | RuntimeException e) {
          // interrupted: expected
        }
      });
      caller.start();
      Thread.sleep(150);
      caller.interrupt();
      caller.join(20_000);
      assertFalse(caller.isAlive());
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline && workers() > 0) {
      Thread.sleep(20);
    }
    assertEquals(0, workers(), "qinglian-validate threads left behind");
  }

  private static long workers() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("qinglian-validate")).count();
  }

  @Test
  void theTextReportCannotBeForgedByData() throws IOException {
    Path in = json("forged.json", SampleDatasets.xianyang2022());
    // Unknown member names reach messages as they are: an escape sequence, a bidi override,
    // and a line break that would forge the verdict line. A long name also reaches its message.
    String forged = "\\u001b[2J\\u202Enote\\nresult: valid — errors 0, warnings 0, infos 0";
    String longName = "学校\\nresult: valid — errors 0" + "长".repeat(400);
    String text = Files.readString(in, StandardCharsets.UTF_8)
        .replaceFirst("\\{\"id\"", java.util.regex.Matcher.quoteReplacement("{\"" + forged + "\": 1, \"id\""))
        .replaceFirst("\"name\" ?: ?\"[^\"]*\"", java.util.regex.Matcher.quoteReplacement("\"name\":\"" + longName + "\""));
    Files.writeString(in, text, StandardCharsets.UTF_8);
    Cli cli = Cli.run("validate", in.toString(), "--locale", "en");
    assertEquals(1, cli.status, cli.toString());
    assertTrue(cli.out.contains("\\u001B[2J"), "shown escaped: " + cli.out);
    assertFalse(cli.out.contains("\u001b"), "no escape sequence reaches the terminal");
    assertFalse(cli.out.contains("\u202E"), "no bidi override reaches the terminal");
    assertEquals(1, cli.out.lines().filter(l -> l.startsWith("result:")).count(), cli.out);
    assertTrue(cli.out.lines().anyMatch(l -> l.startsWith("result: invalid")), cli.out);
  }

  @Test
  void aCsvThatWouldGrowWithoutLimitIsRefused() throws IOException {
    Path in = json("wide.json", SampleDatasets.xianyang2022());
    StringBuilder units = new StringBuilder();
    String text = Files.readString(in, StandardCharsets.UTF_8);
    // Every unit, and a thousand more, each with an unknown field of its own name.
    int start = text.indexOf("\"units\"");
    int open = text.indexOf('[', start);
    for (int i = 0; i < 1_200; i++) {
      units.append("{\"id\":\"W-").append(i).append("\",\"name\":\"单元").append(i)
          .append("\",\"category\":\"ORGAN\",\"divisionCode\":\"610402\",\"only").append(i).append("\":1},");
    }
    Files.writeString(in, text.substring(0, open + 1) + units + text.substring(open + 1), StandardCharsets.UTF_8);
    Path out = dir.resolve("wide");
    Cli cli = Cli.run("convert", in.toString(), out.toString());
    assertEquals(2, cli.status, cli.toString());
    assertTrue(cli.err.contains("JSON Lines"), cli.err);
    assertFalse(Files.exists(out));
    assertEquals(0, Cli.run("convert", in.toString(), dir.resolve("wide.jsonl").toString()).status);
  }

  @Test
  void anUnreadableHeaderIsSaidPlainlyAndAZipGetsItsFolder() throws IOException {
    Path in = dir.resolve("noheader.jsonl");
    List<String> lines = Files.readAllLines(json("h.json", SampleDatasets.xianyang2022()));
    Path jsonl = dir.resolve("ok.jsonl");
    assertEquals(0, Cli.run("convert", dir.resolve("h.json").toString(), jsonl.toString()).status);
    List<String> jl = new ArrayList<>(Files.readAllLines(jsonl, StandardCharsets.UTF_8));
    jl.set(0, "{\"type\":\"header\",");
    Files.write(in, jl, StandardCharsets.UTF_8);
    Cli cli = Cli.run("convert", in.toString(), dir.resolve("x.json").toString());
    assertEquals(2, cli.status, cli.toString());
    assertFalse(cli.err.contains("NullPointer") || cli.err.contains("null"), cli.err);
    assertTrue(cli.err.contains("没有可读的数据集头"), cli.err);
    Path zip = dir.resolve("new/folder/out.zip");
    assertEquals(0, Cli.run("convert", jsonl.toString(), zip.toString()).status);
    assertTrue(Files.exists(zip));
    assertTrue(lines.size() > 0);
  }

  @Test
  void aFolderWithoutAPackageIsNothingToValidate() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("readme.txt"), "not a package");
    Cli cli = Cli.run("validate", empty.toString());
    assertEquals(2, cli.status, cli.toString());
    assertTrue(cli.err.contains("没有可校验的内容"), cli.err);
  }

  static Charset gb18030() {
    return Charset.forName("GB18030");
  }
}
