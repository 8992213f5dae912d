package org.qinglian.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a CSV package into a folder or a ZIP: {@code dataset.csv}, then one file per record
 * type, type by type. Text cells are guarded against formula injection (see
 * {@link CsvCells}); UTF-8 files start with a BOM unless told not to, so Excel reads them.
 * Unknown fields become extra columns: a writer of a whole dataset learns them first; a
 * streaming writer is given them, and refuses a record with another.
 */
final class CsvPackageWriter extends TablePackageWriter {

  private final Path target;
  private final boolean zip;
  private final ZipOutputStream zipOut;
  private Writer file;
  private CsvWriter csv;

  CsvPackageWriter(Path target, boolean zip, WriteOptions options, Map<Table, List<String>> extensionColumns)
      throws IOException {
    this(target, zip ? Files.newOutputStream(target) : null, options, extensionColumns);
  }

  /** A ZIP package written to {@code stream} (when not null), else a folder at {@code target}. */
  CsvPackageWriter(Path target, OutputStream stream, WriteOptions options, Map<Table, List<String>> extensionColumns)
      throws IOException {
    super(options, extensionColumns, "a CSV package");
    boolean zip = stream != null;
    this.target = target;
    this.zip = zip;
    extensionColumns.forEach((table, keys) -> {
      if (keys.size() > options.maxCsvExtensionColumns()) {
        throw new IllegalArgumentException(table.csvFile() + " would need " + keys.size()
            + " columns for unknown fields, more than " + options.maxCsvExtensionColumns()
            + " (WriteOptions.maxCsvExtensionColumns); write JSON or JSON Lines instead");
      }
    });
    if (zip) {
      this.zipOut = new ZipOutputStream(stream);
    } else {
      Files.createDirectories(target);
      this.zipOut = null;
    }
  }

  @Override
  void openTable(Table table, List<String> extensions) throws IOException {
    OutputStream stream;
    if (zip) {
      zipOut.putNextEntry(new ZipEntry(table.csvFile()));
      stream = new NonClosing(zipOut);
    } else {
      stream = Files.newOutputStream(target.resolve(table.csvFile()));
    }
    boolean utf8 = options.encoding().equals(StandardCharsets.UTF_8);
    if (utf8 && options.bom()) {
      stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    file = new OutputStreamWriter(stream, options.encoding().newEncoder());
    csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(file);
    List<String> headers = new ArrayList<>();
    for (Column column : table.columns()) {
      headers.add(options.headerLanguage() == HeaderLanguage.CHINESE ? column.chineseHeader() : column.csvName());
    }
    headers.addAll(extensions);
    csv.writeRecord(headers);
  }

  @Override
  void writeRow(Table table, Flat flat, List<String> extensions) throws IOException {
    List<String> cells = row(table, flat, extensions, true);
    refuseUnencodable(table, flat, extensions, cells);
    csv.writeRecord(cells);
  }

  /**
   * Refuses, before any of its row is written, a cell holding half of a surrogate pair: no character,
   * so neither UTF-8 nor GB18030 (the encodings CSV is written in) has a form for it, and the encoder
   * would fail rows later, naming neither row nor cell. (JSON and workbooks write it as an escape,
   * which their readers report.)
   */
  private static void refuseUnencodable(Table table, Flat flat, List<String> extensions, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      int at = halfPair(cell);
      if (at >= 0) {
        String column = i < table.columns().size() ? table.columns().get(i).csvName()
            : extensions.get(i - table.columns().size());
        Flat.Value id = flat.values.get(table == Tables.DATASET ? "header.datasetId" : "id");
        throw new IllegalArgumentException(table.csvFile() + (id != null ? ", record " + id.text() : "")
            + ", column " + column + ": character " + (at + 1) + String.format(java.util.Locale.ROOT, " (U+%04X)",
            (int) cell.charAt(at)) + " is half of a surrogate pair, which no CSV file can carry"
            + " (the validator reports it: FIELD_INVALID)");
      }
    }
  }

  /** The index of the first half of a surrogate pair standing alone in {@code cell}, or -1. */
  private static int halfPair(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < cell.length() && Character.isLowSurrogate(cell.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  void closeTable() throws IOException {
    if (csv != null) {
      csv.close();
      csv = null;
      file = null;
      if (zip) {
        zipOut.closeEntry();
      }
    }
  }

  @Override
  void finish() throws IOException {
    if (zipOut != null) {
      zipOut.close();
    }
  }

  /** Lets a CSV writer close its view of one ZIP entry without closing the archive. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
