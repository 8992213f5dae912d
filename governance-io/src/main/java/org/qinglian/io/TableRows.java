package org.qinglian.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qinglian.model.location.SourceLocation;

/**
 * The rows of one table — a CSV file or a workbook's sheet — bound to records: the header
 * row names the columns (English or Chinese), each later row becomes a raw record under
 * them, handed on as a record (or, for the dataset table, as the header and totals).
 */
final class TableRows {

  /** Where a cell stands: row and 1-based column. */
  interface Locator {
    SourceLocation at(long row, int column);
  }

  /** Marks the header of a column read twice (reported once; its cells are not read). */
  private static final String DUPLICATE = new String("\u0000duplicate");

  private final ReadContext context;
  private final Table table;
  private final Locator locator;
  private final boolean csv;
  private List<Column> columns;
  /** Each column's index in the table ({@code -1}: none), found once for the header, not once a cell. */
  private int[] indexes;
  private List<String> headers;
  private RawValues.Cells layout;
  private int dataRows;

  /**
   * @param csv whether cells are CSV text, whose text cells may carry the writer's guard
   *     against formula injection (a workbook's text cells are text as they stand)
   */
  TableRows(ReadContext context, Table table, Locator locator, boolean csv) {
    this.context = context;
    this.table = table;
    this.locator = locator;
    this.csv = csv;
    context.startFile();
  }

  boolean hasHeader() {
    return columns != null;
  }

  /** How many rows under the header were read. */
  int dataRows() {
    return dataRows;
  }

  /** The columns the header names (null where a column is unknown, unnamed or repeated). */
  List<Column> header(List<String> names, long row) {
    headers = new ArrayList<>(names);
    columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.get(i).replace("\uFEFF", "").trim();
      headers.set(i, name);
      Optional<Column> column = table.byHeader(name);
      String key = column.map(Column::path).orElse(name);
      if (name.isEmpty()) {
        columns.add(null); // a column without a name: its cells must be empty (rawRecord says so otherwise)
        continue;
      }
      if (!seen.add(key)) {
        context.parseError(locator.at(row, i + 1), ReadIssue.reason("CSV_DUPLICATE_COLUMN", "column", name));
        columns.add(null);
        headers.set(i, DUPLICATE);
        continue;
      }
      columns.add(column.orElse(null));
    }
    indexes = new int[columns.size()];
    int[] cellOf = new int[table.columns().size()];
    java.util.Arrays.fill(cellOf, -1);
    byte[] kinds = new byte[cellOf.length];
    for (int i = 0; i < indexes.length; i++) {
      Column column = columns.get(i);
      indexes[i] = column == null ? -1 : table.indexOf(column.path());
      if (column != null) {
        cellOf[indexes[i]] = i;
        boolean guarded = csv && !column.type().isNumeric();
        kinds[indexes[i]] = column.list() ? guarded ? RawValues.Cells.GUARDED_LIST : RawValues.Cells.LIST
            : guarded ? RawValues.Cells.GUARDED_TEXT : RawValues.Cells.TEXT;
      }
    }
    layout = new RawValues.Cells(cellOf, kinds);
    return columns;
  }

  /** A row under the header that could not be read as cells (it still counts as a row of the table). */
  void unreadableRow() {
    dataRows++;
  }

  /** The header's names as read (trimmed). */
  List<String> headers() {
    return headers;
  }

  /**
   * One row under the header, its cells as text ("" for empty; missing cells at the end are
   * empty); false when the table holds more rows than the limits allow and reading stops. The
   * list is kept, not copied: the record's values are made from it when they are bound, which
   * may be later and on another thread, so it must not change.
   */
  boolean row(List<String> cells, long row) {
    return row(cells, row, true);
  }

  /**
   * {@link #row(List, long)}, told whether the row may hold a control character at all (when the
   * reader saw none in its bytes, no cell needs a look for one).
   */
  boolean row(List<String> cells, long row, boolean mayHoldControl) {
    dataRows++;
    SourceLocation location = locator.at(row, 1);
    if (!context.countRecord(location)) {
      return false;
    }
    RawRecord raw = rawRecord(cells, row, location);
    if (raw == null) {
      return true;
    }
    raw.escaped = mayHoldControl;
    if (table == Tables.DATASET) {
      if (dataRows > 1) {
        context.parseError(location, ReadIssue.reason("CSV_DATASET_EXTRA_ROW"));
        return true;
      }
      deliverDataset(raw);
    } else {
      context.deliver(raw);
    }
    return true;
  }

  private RawRecord rawRecord(List<String> cells, long line, SourceLocation location) {
    ReadLimits limits = context.options.limits();
    RawRecord raw = new RawRecord(table, location);
    long present = 0;
    for (int i = 0; i < columns.size(); i++) {
      String cell = i < cells.size() ? cells.get(i) : "";
      if (cell.isEmpty() || headers.get(i) == DUPLICATE) {
        continue;
      }
      if (headers.get(i).isEmpty()) {
        // Spreadsheets leave empty columns without a name; a value under no name cannot be kept.
        context.parseError(locator.at(line, i + 1), ReadIssue.reason("CSV_UNNAMED_COLUMN", "column", i + 1));
        return null;
      }
      if (cell.length() > limits.maxStringLength()) {
        context.parseError(locator.at(line, i + 1), ReadIssue.reason("CSV_CELL_TOO_LONG",
            "length", cell.length(), "limit", limits.maxStringLength()));
        return null;
      }
      Column column = columns.get(i);
      if (column == null) {
        String name = headers.get(i);
        // In dataset.csv: "$x" columns are document members, "declaredTotals.x" unknown totals
        // fields, any other unknown column the header's; a column's name is the value's pointer.
        String key = table != Tables.DATASET || name.startsWith("$") || name.startsWith("header/") ? name
            : name.startsWith("declaredTotals.") ? "declaredTotals/" + name.substring("declaredTotals.".length())
            : "header/" + name;
        raw.putUnknown(key, RawValue.scalar(RawValue.Kind.RAW, CsvCells.extensionJson(unguarded(cell)), line, i + 1));
      } else {
        present |= 1L << indexes[i]; // its value is made from the cell when a binder asks (RawValues)
      }
    }
    raw.values.cells(cells, layout, line, present);
    return raw;
  }

  private String unguarded(String cell) {
    return csv ? CsvCells.unescapeFormula(cell) : cell;
  }

  private void deliverDataset(RawRecord raw) {
    Fields fields = new Fields(raw, context);
    var header = Binders.header(fields);
    var totals = fields.anyPresent("declaredTotals.") ? Binders.totals(fields)
        : Optional.<org.qinglian.model.dataset.DeclaredTotals>empty();
    context.header(header, raw.location, raw);
    context.totals(totals, raw.location, raw);
    raw.unknown().forEach((key, value) -> {
      if (key.startsWith("$")) {
        context.issue(ReadIssue.UNKNOWN_FIELD, raw.locateUnknown(value, key), null, key, Map.of("field", key));
        context.sink.datasetExtension(key.substring(1), value.toJson());
      }
    });
  }
}
