package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link CsvRows} against FastCSV, an implementation we did not write, on random text made of
 * what CSV gets wrong (quotes, commas, every line break, empty lines, control characters, text of
 * one to four UTF-8 bytes a character), fed to it a few bytes a read so that every cell crosses
 * the buffer's end somewhere. A failure prints "Seed was N"; replay with {@code -DQT_SEED=N}.
 */
class CsvRowsTest {

  private static final List<String> PIECES = List.of(",", "\"", "\"\"", "\r", "\n", "\r\n", "a", "U-1", "中文", " ",
      "\t", "\u0001", "\u007f", "\u0085", "😀", "é", "2022-01-31", "=1+2", "\uFEFF", "\uFFFD");

  /** One row as a reader saw it: where it starts and its cells; or, last, how reading stopped. */
  record Row(long line, List<String> cells) {}

  /**
   * FastCSV 4.1 mishandles a bare CR inside a quoted cell: it waits for an LF to pair it with,
   * however far (a line counted once where the text has two), and when the cell closes and an
   * LF follows, it takes that LF for the pair's second half, drops the cell and runs the row on
   * into the next line (or drops the whole row at the end of the file). A bare CR and a CRLF
   * are one line break each to both readers otherwise, so FastCSV is asked about the text with
   * every bare CR made a CRLF, and this reader's cells are compared made the same way;
   * {@link #aBareCarriageReturnInAQuotedCellKeepsItsRow} holds what it does with the text as it is.
   */
  private static String crlf(String text) {
    return BARE_CR.matcher(text).replaceAll("\r\n");
  }

  private static final Pattern BARE_CR = Pattern.compile("\r(?!\n)");

  @Test
  void readsWhatFastCsvReads() {
    Gen<String> texts = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 40).map(parts -> String.join("", parts));
    qt().withExamples(20_000).forAll(texts, integers().between(1, 7), Generate.pick(List.of(StandardCharsets.UTF_8,
        CsvEncoding.GB18030))).checkAssert((text, chunk, charset) -> {
      Outcome expected = fastCsv(crlf(text));
      Outcome actual = ours(text.getBytes(charset), charset, chunk, 1 << 20);
      List<Row> made = actual.rows.stream()
          .map(row -> new Row(row.line, row.cells.stream().map(CsvRowsTest::crlf).toList())).toList();
      assertEquals(expected.rows, made, () -> "rows of " + visible(text) + " in " + charset);
      assertEquals(expected.failed, actual.failed, () -> "whether reading failed: " + visible(text));
      for (int i = 0; i < actual.controls.size(); i++) {
        boolean control = actual.rows.get(i).cells.stream().anyMatch(cell -> Fields.disallowedCharacter(cell) >= 0);
        assertEquals(control, actual.controls.get(i), "control character in row " + i + " of " + visible(text));
      }
    });
  }

  @Test
  void aBareCarriageReturnInAQuotedCellKeepsItsRow() {
    // RFC 4180: a line break inside quotes is text; the LF after the closing quote ends the row.
    Outcome read = ours("\"a\r\",x\nb,c\n\"d\rd\"\n".getBytes(StandardCharsets.UTF_8), 2, 1 << 20);
    assertEquals(List.of(new Row(1, List.of("a\r", "x")), new Row(3, List.of("b", "c")), new Row(4, List.of("d\rd"))),
        read.rows);
  }

  @Test
  void aLargeFileReadInBlocksGivesTheSameRows() throws IOException {
    // Cells far longer than a read, rows across every block boundary.
    Random random = new Random(20221231);
    StringBuilder text = new StringBuilder();
    for (int row = 0; row < 3_000; row++) {
      for (int cell = 0; cell < 1 + random.nextInt(6); cell++) {
        if (cell > 0) {
          text.append(',');
        }
        int length = random.nextInt(10) == 0 ? 30_000 + random.nextInt(30_000) : random.nextInt(20);
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < length; i++) {
          value.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        if (value.indexOf("\r") >= 0) {
          value = new StringBuilder(crlf(value.toString())); // no bare CR: see crlf
        }
        boolean quote = value.indexOf("\"") >= 0 || value.indexOf(",") >= 0 || value.indexOf("\r") >= 0
            || value.indexOf("\n") >= 0 || random.nextBoolean();
        text.append(quote ? "\"" + value.toString().replace("\"", "\"\"") + "\"" : value);
      }
      text.append(random.nextBoolean() ? "\r\n" : "\n");
    }
    String csv = text.toString();
    Outcome expected = fastCsv(csv);
    Outcome actual = ours(csv.getBytes(StandardCharsets.UTF_8), 1 << 16, 1 << 20);
    Outcome gb18030 = ours(csv.getBytes(CsvEncoding.GB18030), CsvEncoding.GB18030, 1 << 16, 1 << 20);
    assertEquals(actual, gb18030);
    for (int i = 0; i < Math.min(expected.rows.size(), actual.rows.size()); i++) {
      assertEquals(expected.rows.get(i).line, actual.rows.get(i).line, "line of row " + i);
      assertEquals(expected.rows.get(i).cells, actual.rows.get(i).cells, "cells of row " + i);
    }
    assertEquals(expected.rows.size(), actual.rows.size());
    assertTrue(expected.rows.size() >= 2_500 && !actual.failed, expected.rows.size() + " rows, failed: " + actual.failed);
  }

  @Test
  void bytesThatAreNotUtf8StopTheFile() {
    byte[] bytes = {'a', ',', 'b', '\n', 'c', ',', (byte) 0xC3, 0x28, '\n'};
    CsvRows rows = new CsvRows(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, 1 << 20);
    assertThrows(CharacterCodingException.class, () -> {
      while (rows.next()) {
        assertEquals(List.of("a", "b"), rows.cells());
      }
    });
    assertEquals(2, rows.line());
    // A real U+FFFD is text, not an error.
    Outcome fffd = ours("\uFFFD,x\n".getBytes(StandardCharsets.UTF_8), 3, 1 << 20);
    assertEquals(List.of(new Row(1, List.of("\uFFFD", "x"))), fffd.rows);
  }

  @Test
  void gb18030BytesThatDoNotDecodeStopTheFile() {
    // 0x81 0x20: a lead byte without a trail byte.
    byte[] bytes = {'a', '\n', (byte) 0x81, 0x20, '\n'};
    CsvRows rows = new CsvRows(new ByteArrayInputStream(bytes), CsvEncoding.GB18030, 1 << 20);
    assertThrows(CharacterCodingException.class, () -> {
      while (rows.next()) {
        assertEquals(List.of("a"), rows.cells());
      }
    });
    assertEquals(2, rows.line());
    assertThrows(IllegalArgumentException.class,
        () -> new CsvRows(new ByteArrayInputStream(bytes), StandardCharsets.UTF_16LE, 1 << 20));
  }

  @Test
  void aQuoteNeverClosedStopsAtTheBufferLimit() {
    byte[] bytes = ("id\n\"" + "x".repeat(300_000)).getBytes(StandardCharsets.UTF_8);
    CsvRows rows = new CsvRows(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, 200_000);
    CsvRows.Malformed e = assertThrows(CsvRows.Malformed.class, () -> {
      while (rows.next()) {
        assertEquals(List.of("id"), rows.cells());
      }
    });
    assertTrue(e.tooLong(), e.getMessage());
    CsvRows.Malformed after = assertThrows(CsvRows.Malformed.class, () -> {
      CsvRows quoted = new CsvRows(new ByteArrayInputStream("\"a\"b,c\n".getBytes(StandardCharsets.UTF_8)),
          StandardCharsets.UTF_8, 1 << 20);
      quoted.next();
    });
    assertTrue(!after.tooLong() && after.getMessage().contains("U+0062"), after.getMessage());
  }

  @Test
  void tooManyCellsStopTheFile() {
    byte[] bytes = ",".repeat(CsvRows.MAX_FIELDS).getBytes(StandardCharsets.UTF_8);
    assertThrows(CsvRows.Malformed.class, () -> new CsvRows(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, 1 << 20).next());
    byte[] enough = ",".repeat(CsvRows.MAX_FIELDS - 1).getBytes(StandardCharsets.UTF_8);
    Outcome read = ours(enough, 1 << 16, 1 << 20);
    assertEquals(CsvRows.MAX_FIELDS, read.rows.get(0).cells.size());
  }

  /** What reading produced: its rows, each row's control flag, and whether it stopped on an error. */
  record Outcome(List<Row> rows, List<Boolean> controls, boolean failed) {}

  private static Outcome fastCsv(String text) {
    List<Row> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
        .skipEmptyLines(true).ofCsvRecord(text)) {
      for (CsvRecord record : reader) {
        rows.add(new Row(record.getStartingLineNumber(), List.copyOf(record.getFields())));
      }
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      return new Outcome(rows, List.of(), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Outcome(rows, List.of(), false);
  }

  private static Outcome ours(byte[] bytes, int chunk, int limit) {
    return ours(bytes, StandardCharsets.UTF_8, chunk, limit);
  }

  private static Outcome ours(byte[] bytes, Charset charset, int chunk, int limit) {
    List<Row> rows = new ArrayList<>();
    List<Boolean> controls = new ArrayList<>();
    CsvRows reader = new CsvRows(trickle(bytes, chunk), charset, limit);
    try {
      while (reader.next()) {
        rows.add(new Row(reader.line(), List.copyOf(reader.cells())));
        controls.add(reader.mayHoldControl());
        assertEquals(reader.cells().size(), reader.cellCount());
      }
    } catch (CsvRows.Malformed e) {
      return new Outcome(rows, controls, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Outcome(rows, controls, false);
  }

  /** A stream that hands out at most {@code chunk} bytes a read, as a network or a ZIP entry may. */
  private static InputStream trickle(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  private static String visible(String text) {
    return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t").replace("\u0001", "\\u0001")
        .replace("\u007f", "\\u007f");
  }
}
