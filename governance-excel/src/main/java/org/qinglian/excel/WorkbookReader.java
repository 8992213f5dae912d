package org.qinglian.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.qinglian.io.ReadLimits;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.RecordSink;
import org.qinglian.io.SheetReading;
import org.qinglian.io.TabularExchange;
import org.qinglian.model.location.SourceLocation;
import org.qinglian.model.text.Reason;

/**
 * Reads an .xlsx workbook as an exchange, streaming row by row: the header sheet first, then
 * the record sheets in the format's order, whatever their order in the workbook; other sheets
 * are reported and skipped, blank rows skipped. Before anything is parsed, the archive is
 * checked whole — entries, what each expands to, the shared strings — so that a zip bomb or
 * a shared-strings bomb is refused with a located error instead of exhausting memory.
 */
final class WorkbookReader {

  /**
   * The most the shared-strings part may expand to. The reader keeps the strings it has met
   * in memory (a workbook written by Qinglian puts its text inline and has almost none).
   */
  static final long MAX_SHARED_STRINGS_BYTES = 64L << 20;

  /** The most columns a sheet of the format can need: its columns and unknown fields. */
  static final int MAX_COLUMNS = 1024;

  private final ReadOptions options;
  private final SheetReading reading;
  private final String file;
  private final long maxSharedStringsBytes;

  WorkbookReader(ReadOptions options, RecordSink sink, String file) {
    this(options, sink, file, MAX_SHARED_STRINGS_BYTES);
  }

  WorkbookReader(ReadOptions options, RecordSink sink, String file, long maxSharedStringsBytes) {
    this.options = options;
    this.reading = TabularExchange.reading(options, sink);
    this.file = file;
    this.maxSharedStringsBytes = maxSharedStringsBytes;
  }

  static Reason reason(String code, Object... namesAndValues) {
    return Reason.of(ExcelExchange.TEXTS, code, namesAndValues);
  }

  void read(Path path) throws IOException {
    SourceLocation whole = SourceLocation.inFile(file, 0, 0);
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(8);
    }
    if (ReadableWorkbook.isOLE2Header(head)) {
      reading.problem(whole, reason("XLSX_ENCRYPTED_OR_XLS"));
      return;
    }
    if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
      reading.problem(whole, reason("XLSX_NOT_A_WORKBOOK"));
      return;
    }
    if (!checkArchive(path, whole)) {
      return;
    }
    try (ReadableWorkbook workbook = new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false))) {
      Map<TabularExchange.Sheet, Sheet> found = new LinkedHashMap<>();
      List<Sheet> sheets;
      try (Stream<Sheet> all = workbook.getSheets()) {
        sheets = all.toList();
      }
      for (Sheet sheet : sheets) {
        Optional<TabularExchange.Sheet> table = TabularExchange.sheetNamed(sheet.getName());
        if (sheet.getName().equals(Template.CODES_SHEET)) {
          continue; // the template's code lists, behind its drop-downs
        }
        if (table.isEmpty()) {
          reading.unknownSheet(file, sheet.getName());
        } else if (found.putIfAbsent(table.get(), sheet) != null) {
          reading.problem(SourceLocation.inSheet(file, sheet.getName(), 0, 0),
              reason("XLSX_DUPLICATE_SHEET", "sheet", sheet.getName(), "first", found.get(table.get()).getName()));
        }
      }
      for (TabularExchange.Sheet table : TabularExchange.sheets()) {
        Sheet sheet = found.get(table);
        if (sheet != null) {
          readSheet(table, sheet, workbook.isDate1904());
        }
      }
    } catch (org.dhatim.fastexcel.reader.ExcelReaderException | java.io.UncheckedIOException | IllegalStateException
        | ZipException | IllegalArgumentException e) {
      reading.problem(whole, reason("XLSX_DAMAGED", "cause", firstLine(e)));
    }
    reading.finish(file);
  }

  private void readSheet(TabularExchange.Sheet table, Sheet sheet, boolean date1904) throws IOException {
    String name = sheet.getName();
    SheetReading.Rows rows = reading.sheet(table, file, name);
    List<Optional<TabularExchange.SheetColumn>> columns = null;
    try (Stream<Row> stream = sheet.openStream()) {
      for (Row row : (Iterable<Row>) stream::iterator) {
        long number = row.getRowNum();
        if (row.getCellCount() > MAX_COLUMNS) {
          reading.problem(SourceLocation.inSheet(file, name, number, 0),
              reason("XLSX_TOO_MANY_COLUMNS", "columns", row.getCellCount(), "limit", MAX_COLUMNS));
          return;
        }
        if (columns == null) {
          List<String> headers = Cells.headerNames(row);
          if (!headers.isEmpty()) {
            columns = rows.header(headers, number);
          }
          continue;
        }
        List<String> cells = new ArrayList<>(columns.size());
        boolean blank = true;
        for (int c = 0; c < row.getCellCount(); c++) {
          TabularExchange.Kind kind = c < columns.size()
              ? columns.get(c).map(TabularExchange.SheetColumn::kind).orElse(TabularExchange.Kind.TEXT)
              : TabularExchange.Kind.TEXT;
          String text;
          try {
            text = Cells.read(row.getCell(c), kind, date1904);
          } catch (Cells.UnreadableCell e) {
            reading.problem(SourceLocation.inSheet(file, name, number, c + 1), reason(e.reason, "value", e.value));
            text = "";
          }
          if (!text.isEmpty() && c >= columns.size()) {
            reading.problem(SourceLocation.inSheet(file, name, number, c + 1),
                reason("XLSX_VALUE_OUTSIDE_COLUMNS", "column", SourceLocation.columnName(c + 1)));
            text = "";
          }
          blank &= text.isEmpty();
          if (c < columns.size()) {
            cells.add(text);
          }
        }
        if (blank) {
          continue; // a blank row between records is not a record
        }
        if (!rows.row(cells, number)) {
          return;
        }
      }
    }
  }

  /**
   * The archive as a whole, before a part is parsed: how many entries, and what each really
   * expands to (inflated here, not taken from the headers, which can lie), within the read
   * limits; the shared strings within {@link #MAX_SHARED_STRINGS_BYTES}.
   */
  private boolean checkArchive(Path path, SourceLocation whole) throws IOException {
    ReadLimits limits = options.limits();
    try (ZipFile zip = new ZipFile(path.toFile())) {
      if (zip.size() > limits.maxZipEntries()) {
        reading.problem(whole, reason("XLSX_TOO_MANY_ENTRIES", "entries", zip.size(), "limit", limits.maxZipEntries()));
        return false;
      }
      long total = 0;
      byte[] buffer = new byte[1 << 16];
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long limit = entry.getName().equals("xl/sharedStrings.xml") ? maxSharedStringsBytes : Long.MAX_VALUE;
        long expanded = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            expanded += n;
            total += n;
            if (expanded > limit) {
              reading.problem(whole, reason("XLSX_SHARED_STRINGS_TOO_LARGE", "limit", limit));
              return false;
            }
            if (expanded > 1_000_000 && expanded / compressed > limits.maxZipRatio()) {
              reading.problem(whole, reason("XLSX_ZIP_BOMB", "entry", entry.getName(), "limit", limits.maxZipRatio()));
              return false;
            }
            if (total > limits.maxZipBytes()) {
              reading.problem(whole, reason("XLSX_TOO_LARGE", "limit", limits.maxZipBytes()));
              return false;
            }
          }
        }
      }
      return true;
    } catch (ZipException | IllegalArgumentException e) {
      reading.problem(whole, reason("XLSX_DAMAGED", "cause", firstLine(e)));
      return false;
    }
  }

  static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
