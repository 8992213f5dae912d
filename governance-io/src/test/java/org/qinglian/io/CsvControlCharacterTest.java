package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.fixtures.Fixtures;

/**
 * A CSV value may hold a control character as it stands (CSV has no escapes): wherever one
 * stands — the first row, a row far beyond every reader's buffer, the start of a cell that ends
 * buffers later, the rows after the first, a file read after a clean one, a ZIP entry — it is
 * reported once, at its row and column; a tab or a line break inside a quoted cell is no issue.
 */
class CsvControlCharacterTest {

  private static final String HEADER = "id,name,category,division_code\r\n";

  @TempDir
  Path dir;

  private static String row(int i, String name) {
    return "U-" + i + "," + name + ",ORGAN,420102\r\n";
  }

  /** {@code clean} clean rows, then the rows given. */
  private static String units(int clean, String... rows) {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < clean; i++) {
      text.append(row(i, "单位" + i));
    }
    for (String r : rows) {
      text.append(r);
    }
    return text.toString();
  }

  private Path folder(String units) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("pkg" + System.nanoTime()));
    ExchangeWriter.write(Fixtures.dataset(), folder, ExchangeFormat.CSV_FOLDER, WriteOptions.defaults());
    Files.writeString(folder.resolve("units.csv"), units, StandardCharsets.UTF_8);
    return folder;
  }

  private static List<ReadIssue> control(Path input) throws IOException {
    return ExchangeReader.readDataset(input, ReadOptions.defaults()).issues().stream()
        .filter(i -> i.toString().contains("CONTROL_CHARACTER")).toList();
  }

  private static void at(ReadIssue issue, long line, long column, String path) {
    assertEquals(OptionalLong.of(line), issue.location().line(), issue.toString());
    assertEquals(OptionalLong.of(column), issue.location().column(), issue.toString());
    assertEquals(java.util.Optional.of(path), issue.path(), issue.toString());
  }

  @Test
  void theFirstRowsControlCharacterIsReported() throws IOException {
    List<ReadIssue> found = control(folder(units(0, row(1, "纪\u0001委"), row(2, "财政局"))));
    assertEquals(1, found.size(), found.toString());
    at(found.get(0), 2, 2, "name");
  }

  @Test
  void oneFarBeyondEveryBufferIsReported() throws IOException {
    // Some 5,000 rows (over 150 KB) before it: beyond FastCSV's and the decoder's buffers.
    List<ReadIssue> found = control(folder(units(5_000, row(9_001, "社区\u007F"), row(9_002, "街道"))));
    assertEquals(1, found.size(), found.toString());
    at(found.get(0), 5_002, 2, "name");
  }

  @Test
  void theRowsAfterTheFirstAreStillChecked() throws IOException {
    List<ReadIssue> found = control(folder(units(3, row(10, "甲\u001B"), row(11, "乙"), row(12, "丙\u0000"))));
    assertEquals(2, found.size(), found.toString());
    at(found.get(0), 5, 2, "name");
    at(found.get(1), 7, 2, "name");
  }

  @Test
  void oneAtTheStartOfACellLongerThanTheBuffersIsReported() throws IOException {
    // The row ends several buffers after the one that held the control character.
    List<ReadIssue> found = control(folder(units(10, row(20, "\u0001" + "长".repeat(200_000)), row(21, "乙"))));
    assertEquals(1, found.size(), found.toString());
    at(found.get(0), 12, 2, "name");
  }

  @Test
  void aTabOrALineBreakInAQuotedCellIsNoIssue() throws IOException {
    assertEquals(List.of(), control(folder(units(2, row(10, "\"甲\t乙\""), row(11, "\"两\r\n行\"")))));
  }

  @Test
  void aFileReadAfterACleanOneIsWatchedToo() throws IOException {
    Path folder = folder(units(100));
    // tasks.csv comes after units.csv; its first data row gets a control character in its title.
    Path tasks = folder.resolve("tasks.csv");
    List<String> lines = Files.readAllLines(tasks, StandardCharsets.UTF_8);
    int title = List.of(lines.get(0).replace("\uFEFF", "").split(",")).indexOf("title");
    String[] cells = lines.get(1).split(",", -1);
    cells[title] = cells[title] + "\u0002";
    lines.set(1, String.join(",", cells));
    Files.write(tasks, lines, StandardCharsets.UTF_8);
    List<ReadIssue> found = control(folder);
    assertEquals(1, found.size(), found.toString());
    at(found.get(0), 2, title + 1, "title");
  }

  @Test
  void aZipEntryIsWatched() throws IOException {
    Path folder = folder(units(2_000, row(5_000, "委\u0001")));
    Path zip = dir.resolve("pkg.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
        var files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        out.putNextEntry(new java.util.zip.ZipEntry(file.getFileName().toString()));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    List<ReadIssue> found = control(zip);
    assertEquals(1, found.size(), found.toString());
    at(found.get(0), 2_002, 2, "name");
  }
}
