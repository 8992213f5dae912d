package org.qinglian.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;

/**
 * What every table-shaped writer (a CSV package, a workbook) does alike: the dataset table
 * first — header, totals and unknown document members in one row — then the records table by
 * table in the format's order, each with the extension columns it was told of. Subclasses say
 * how a table opens, takes a row and closes.
 */
abstract class TablePackageWriter implements FormatWriter {

  protected final WriteOptions options;
  private final Map<Table, List<String>> extensionColumns;
  private final String what;
  private DatasetHeader header;
  private DeclaredTotals totals;
  private final Map<String, String> datasetExtensions = new LinkedHashMap<>();
  private boolean datasetWritten;
  private RecordType current;
  private List<String> currentExtensions;

  /** @param what the output, for messages: "a CSV package", "a workbook" */
  TablePackageWriter(WriteOptions options, Map<Table, List<String>> extensionColumns, String what) {
    this.options = options;
    this.extensionColumns = extensionColumns;
    this.what = what;
  }

  /** Starts a table with its columns and then {@code extensions}. */
  abstract void openTable(Table table, List<String> extensions) throws IOException;

  /** One row of the current table. */
  abstract void writeRow(Table table, Flat flat, List<String> extensions) throws IOException;

  /** Ends the current table, if one is open. */
  abstract void closeTable() throws IOException;

  /** After the last table: finishes the output. */
  abstract void finish() throws IOException;

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
      throw new IllegalStateException("dataset extensions come before the records in " + what);
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
        throw new IllegalStateException(what + " is written type by type in the format's order; "
            + type.jsonName() + " came after " + current.jsonName());
      }
      closeTable();
      current = type;
      currentExtensions = extensionColumns.getOrDefault(table, List.of());
      openTable(table, currentExtensions);
    }
    Flat flat = Extractors.record(record, options.maskPersonalData());
    for (String key : flat.extensions.keySet()) {
      if (!currentExtensions.contains(key)) {
        throw new IllegalArgumentException("record " + record.getId() + " has the unknown field " + key
            + ", which the writer of " + what + " was not told of; write the whole dataset with ExchangeWriter.write");
      }
    }
    writeRow(table, flat, currentExtensions);
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
    openTable(Tables.DATASET, extensions);
    writeRow(Tables.DATASET, flat, extensions);
    closeTable();
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

  @Override
  public void close() throws IOException {
    try {
      writeDataset();
      closeTable();
    } finally {
      finish(); // also after a failure: a staging file's stream must be closed to be deleted
    }
  }
}
