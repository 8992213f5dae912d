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
    csv.writeRecord(row(table, flat, extensions, true));
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
