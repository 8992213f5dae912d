package org.qinglian.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.location.SourceLocation;
import org.qinglian.model.text.Reason;

/**
 * 表格读取 — reads a workbook's sheets as the exchange's tables, for the spreadsheet module's
 * reader: it hands over each sheet's rows as text (dates {@code YYYY-MM-DD}, numbers as
 * written, booleans {@code true}/{@code false}); this binds them to records with located
 * issues, exactly as the CSV reader does. One reading per workbook; not thread-safe.
 */
public final class SheetReading {

  private final ReadContext context;
  private boolean datasetRead;
  private int sheetsRead;

  SheetReading(ReadContext context) {
    this.context = context;
  }

  /**
   * Starts a sheet of the exchange. {@code file} and {@code sheetName} name it in locations
   * ({@code file.xlsx!清廉单元!C7}).
   *
   * @param sheet the exchange's sheet the workbook's sheet stands for
   * @param file the workbook's name in locations
   * @param sheetName the workbook sheet's own name, in locations
   * @return where the sheet's header row and rows go
   */
  public Rows sheet(TabularExchange.Sheet sheet, String file, String sheetName) {
    sheetsRead++;
    Table table = Tables.all().stream().filter(t -> t.csvFile().equals(sheet.name() + ".csv")).findFirst().orElseThrow();
    return new Rows(sheet, new TableRows(context, table,
        (row, column) -> SourceLocation.inSheet(file, sheetName, row, column), false), table == Tables.DATASET);
  }

  /**
   * A sheet the format does not define: reported (as the CSV reader reports an unknown file), not read.
   *
   * @param file the workbook's name in locations
   * @param sheetName the sheet's name
   */
  public void unknownSheet(String file, String sheetName) {
    context.issue(ReadIssue.UNKNOWN_FIELD, SourceLocation.inSheet(file, sheetName, 0, 0), null, null,
        Map.of("field", sheetName + " (a sheet the format does not define; not read)"));
  }

  /**
   * A problem of the workbook itself — damaged, refused by a limit — reported as a located PARSE_ERROR.
   *
   * @param location where the problem stands
   * @param reason why the workbook could not be read, in the three languages
   */
  public void problem(SourceLocation location, Reason reason) {
    context.parseError(location, reason);
  }

  /**
   * Ends the workbook: a workbook without a header row (or without any sheet of the format) is reported.
   *
   * @param file the workbook's name in locations
   */
  public void finish(String file) {
    if (!datasetRead) {
      context.issue(ReadIssue.FIELD_REQUIRED, SourceLocation.inSheet(file, "dataset", 0, 0), null, "header", Map.of());
    }
  }

  /** {@return how many sheets of the format were read} */
  public int sheetsRead() {
    return sheetsRead;
  }

  /** 工作表的行 — the rows of one sheet. */
  public final class Rows {
    private final TabularExchange.Sheet sheet;
    private final TableRows rows;
    private final boolean dataset;

    private Rows(TabularExchange.Sheet sheet, TableRows rows, boolean dataset) {
      this.sheet = sheet;
      this.rows = rows;
      this.dataset = dataset;
    }

    /**
     * {@return the header row: the column each cell names, empty for an unknown, unnamed or repeated one}
     *
     * @param names the header cells' texts
     * @param row the row's number, from 1
     */
    public List<Optional<TabularExchange.SheetColumn>> header(List<String> names, long row) {
      List<Column> columns = rows.header(names, row);
      List<Optional<TabularExchange.SheetColumn>> found = new ArrayList<>();
      for (Column column : columns) {
        found.add(column == null ? Optional.empty() : sheet.of(column));
      }
      return found;
    }

    /** {@return whether the header row was given} */
    public boolean hasHeader() {
      return rows.hasHeader();
    }

    /**
     * One row under the header, a text per cell ("" when empty); false when the sheet holds
     * more rows than the limits allow, and reading it should stop.
     *
     * @param cells a text per cell
     * @param row the row's number, from 1
     * @return whether to go on reading
     */
    public boolean row(List<String> cells, long row) {
      // A copy: the row's values are made from its cells when they are bound, maybe after the caller reuses its list.
      boolean more = rows.row(List.copyOf(cells), row);
      if (dataset && rows.dataRows() > 0) {
        datasetRead = true;
      }
      return more;
    }
  }
}
