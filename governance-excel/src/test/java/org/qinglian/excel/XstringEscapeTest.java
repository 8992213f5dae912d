package org.qinglian.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ReadIssue;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.ReadResult;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;
import org.quicktheories.generators.Generate;

/**
 * Text in a workbook is XML text. ECMA-376 Part 1, 22.9.2.19 (ST_Xstring) writes a character XML
 * cannot hold as {@code _xHHHH_} (Excel writes a CR so, as {@code _x000D_}) and the underscore of a
 * literal {@code _xHHHH_} as {@code _x005F_}. We read what LibreOffice reads (checked by hand with
 * LibreOffice 7.4: {@code _x000D_}, {@code _x0001_}, {@code _x000a_} and {@code _x005F_} decoded,
 * {@code _x0041_} kept as written) and write what both it and Excel read back as written.
 */
class XstringEscapeTest {

  @TempDir
  Path dir;

  @Test
  void escapingThenUnescapingGivesTheTextBack() {
    List<String> pieces = List.of("_", "x", "_x", "0041", "005F", "000D", "D800", "_x0041_", "_x005F_", "_x000d_", "a",
        "清廉", "𠮷", "\r", "\n", "\t", "\u0001", "\u001F", "\uD800", "\uDC00", "\uFFFE", "\uFFFF");
    qt().withExamples(20_000).forAll(lists().of(Generate.pick(pieces)).ofSizeBetween(0, 12)
        .map(parts -> String.join("", parts))).checkAssert(text -> {
          String escaped = Cells.escape(text);
          assertEquals(text, Cells.unescape(escaped), () -> visible(text) + " as " + visible(escaped));
          for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < escaped.length()
                && Character.isLowSurrogate(escaped.charAt(i + 1));
            assertTrue(pair || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(escaped.charAt(i - 1))
                || (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && !Character.isSurrogate(c) && c != 0xFFFE
                && c != 0xFFFF, () -> "XML cannot hold " + visible(escaped));
          }
        });
  }

  @Test
  void aWorkbookWithEscapesReadsAsLibreOfficeReadsIt() throws IOException {
    List<String[]> cases = List.of(
        new String[] {"第一_x000D__x000A_党支部", "第一\r\n党支部", null},
        new String[] {"A_x005F_x0041_B", "A_x0041_B", null},
        new String[] {"A_x0041_B", "A_x0041_B", null},
        new String[] {"A_x000a_B", "A\nB", null},
        new String[] {"A_x0001_B", null, "CONTROL_CHARACTER"},
        new String[] {"A_xD800_B", null, "UNPAIRED_SURROGATE"});
    for (String[] c : cases) {
      Path workbook = withName(c[0]);
      ReadResult read = ExcelExchange.readDataset(workbook, ReadOptions.defaults());
      if (c[1] != null) {
        assertEquals(List.of(), read.issues(), c[0]);
        assertEquals(Optional.of(c[1]), name(read.dataset().orElseThrow()), c[0]);
      } else {
        List<ReadIssue> issues = read.issues();
        assertEquals(1, issues.size(), c[0] + ": " + issues);
        assertTrue(issues.get(0).toString().contains(c[2]), c[0] + ": " + issues);
      }
    }
  }

  @Test
  void whatWeWriteReadsBackAsItWas() throws IOException {
    for (String name : List.of("字面 _x0041_ 与 _x005F_", "回车\r换行\n制表\t", "_x000D_")) {
      Dataset dataset = dataset(name);
      Path workbook = dir.resolve("w" + Math.abs(name.hashCode()) + ".xlsx");
      ExcelExchange.write(dataset, workbook, WriteOptions.defaults());
      ReadResult read = ExcelExchange.readDataset(workbook, ReadOptions.defaults());
      assertEquals(List.of(), read.issues(), name);
      assertEquals(dataset, read.dataset().orElseThrow(), name);
    }
    // A control character built into a record in Java is written escaped, not dropped, and read as what it is.
    Path control = dir.resolve("control.xlsx");
    ExcelExchange.write(dataset("甲\u0001乙"), control, WriteOptions.defaults());
    List<ReadIssue> issues = ExcelExchange.readDataset(control, ReadOptions.defaults()).issues();
    assertEquals(1, issues.size(), issues.toString());
    assertTrue(issues.get(0).toString().contains("CONTROL_CHARACTER"), issues.toString());
  }

  private static Dataset dataset(String name) {
    return ImmutableDataset.copyOf(Fixtures.dataset())
        .withUnits(ImmutableUnit.copyOf(Fixtures.organ()).withName(name), Fixtures.commission(), Fixtures.village());
  }

  private static Optional<String> name(Dataset dataset) {
    return dataset.getUnits().stream().filter(u -> u.getId().equals(Fixtures.organ().getId())).findFirst()
        .map(Unit::getName);
  }

  /** Our workbook of the fixture dataset with the organ's name cell holding {@code xml} as its text, as another program wrote it. */
  private Path withName(String xml) throws IOException {
    String marker = "NAME-MARKER";
    Path written = dir.resolve("base.xlsx");
    ExcelExchange.write(dataset(marker), written, WriteOptions.defaults());
    Path edited = dir.resolve("edited" + Math.abs(xml.hashCode()) + ".xlsx");
    int replaced = 0;
    try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(written.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(edited))) {
      for (ZipEntry entry : java.util.Collections.list(in.entries())) {
        byte[] bytes;
        try (InputStream part = in.getInputStream(entry)) {
          bytes = part.readAllBytes();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (entry.getName().endsWith(".xml") && text.contains(marker)) {
          bytes = text.replace(marker, xml).getBytes(StandardCharsets.UTF_8);
          replaced++;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    assertEquals(1, replaced, "the marker stands in one part");
    return edited;
  }

  private static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return out.toString();
  }
}
