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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;

/**
 * Writes a CSV package into a folder or a ZIP: {@code dataset.csv}, then one file per record
 * type, type by type. Text cells are guarded against formula injection (see
 * {@link CsvCells}); UTF-8 files start with a BOM unless told not to, so Excel reads them.
 * Unknown fields become extra columns: a writer of a whole dataset learns them first; a
 * streaming writer is given them, and refuses a record with another.
 */
final class CsvPackageWriter implements FormatWriter {

  private final Path target;
  private final boolean zip;
  private final WriteOptions options;
  private final Map<Table, List<String>> extensionColumns;
  private final ZipOutputStream zipOut;
  private DatasetHeader header;
  private DeclaredTotals totals;
  private final Map<String, String> datasetExtensions = new LinkedHashMap<>();
  private boolean datasetWritten;
  private RecordType current;
  private Writer file;
  private CsvWriter csv;
  private List<String> currentExtensions;

  CsvPackageWriter(Path target, boolean zip, WriteOptions options, Map<Table, List<String>> extensionColumns)
      throws IOException {
    this(target, zip ? Files.newOutputStream(target) : null, options, extensionColumns);
  }

  /** A ZIP package written to {@code stream} (when not null), else a folder at {@code target}. */
  CsvPackageWriter(Path target, OutputStream stream, WriteOptions options, Map<Table, List<String>> extensionColumns)
      throws IOException {
    boolean zip = stream != null;
    this.target = target;
    this.zip = zip;
    this.options = options;
    this.extensionColumns = extensionColumns;
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
  public void header(DatasetHeader header) {
    this.header = header;
  }

  @Override
  public void declaredTotals(DeclaredTotals totals) {
    this.totals = totals;
  }

  @Override
  public void datasetExtension(String name, String json) {
    if (datasetWritten) {
      throw new IllegalStateException("dataset extensions come before the records in a CSV package");
    }
    datasetExtensions.put(name, json);
  }

  @Override
  public void record(GovernanceRecord record) throws IOException {
    writeDataset();
    RecordType type = record.recordType();
    Table table = Tables.of(type);
    if (type != current) {
      if (current != null && type.ordinal() < current.ordinal()) {
        throw new IllegalStateException("a CSV package is written type by type in the format's order; "
            + type.jsonName() + " came after " + current.jsonName());
      }
      closeFile();
      current = type;
      currentExtensions = extensionColumns.getOrDefault(table, List.of());
      openFile(table, currentExtensions);
    }
    Flat flat = Extractors.record(record, options.maskPersonalData());
    for (String key : flat.extensions.keySet()) {
      if (!currentExtensions.contains(key)) {
        throw new IllegalArgumentException("record " + record.getId() + " has the unknown field " + key
            + ", which this CSV writer was not told of; write the whole dataset with ExchangeWriter.write");
      }
    }
    csv.writeRecord(row(table, flat, currentExtensions));
  }

  private void writeDataset() throws IOException {
    if (datasetWritten) {
      return;
    }
    datasetWritten = true;
    if (header == null) {
      throw new IllegalStateException("the header comes first");
    }
    Flat flat = datasetRow(header, totals, datasetExtensions);
    List<String> extensions = new ArrayList<>(flat.extensions.keySet());
    openFile(Tables.DATASET, extensions);
    csv.writeRecord(row(Tables.DATASET, flat, extensions));
    closeFile();
  }

  /** The one row of the dataset table: the header's fields, the totals, and unknown members as extra columns. */
  static Flat datasetRow(DatasetHeader header, DeclaredTotals totals, Map<String, String> datasetExtensions) {
    Flat flat = Extractors.header(header);
    // Unknown header fields travel as "header/name" columns: a name such as "$x" or
    // "declaredTotals.x" can then never be taken for a document member or a totals field.
    Map<String, String> headerExtensions = new LinkedHashMap<>(flat.extensions);
    flat.extensions.clear();
    headerExtensions.forEach((key, json) -> flat.extensions.put("header/" + key, json));
    if (totals != null) {
      Flat totalsFlat = Extractors.totals(totals);
      flat.values.putAll(totalsFlat.values);
      totalsFlat.extensions.forEach((key, json) -> flat.extensions.put("declaredTotals." + key, json));
    }
    // Unknown members of a JSON document travel as "$name" columns of the dataset table.
    datasetExtensions.forEach((key, json) -> flat.extensions.put("$" + key, json));
    return flat;
  }

  private void openFile(Table table, List<String> extensions) throws IOException {
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

  private static List<String> row(Table table, Flat flat, List<String> extensions) {
    return row(table, flat, extensions, true);
  }

  /**
   * A record's cells under the table's columns and then its extension columns; with
   * {@code guard}, text that a spreadsheet would run as a formula is escaped (CSV only: a
   * workbook's text cell is never a formula).
   */
  static List<String> row(Table table, Flat flat, List<String> extensions, boolean guard) {
    List<String> cells = new ArrayList<>();
    for (Column column : table.columns()) {
      Flat.Value value = flat.values.get(column.path());
      boolean numeric = column.type().isNumeric() || !guard;
      if (value == null) {
        cells.add("");
      } else if (value.isList()) {
        List<String> items = new ArrayList<>();
        value.items().forEach(item -> items.add(numeric ? item : CsvCells.escapeFormula(item)));
        cells.add(CsvCells.joinList(items));
      } else {
        cells.add(numeric ? value.text() : CsvCells.escapeFormula(value.text()));
      }
    }
    for (String key : extensions) {
      String json = flat.extensions.get(key);
      String cell = json == null ? "" : CsvCells.extensionCell(json);
      cells.add(guard ? CsvCells.escapeFormula(cell) : cell);
    }
    return cells;
  }

  private void closeFile() throws IOException {
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
  public void close() throws IOException {
    writeDataset();
    closeFile();
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
