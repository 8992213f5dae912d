package org.qinglian.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.qinglian.io.SheetSink;
import org.qinglian.io.TabularExchange;

/**
 * Writes the exchange's sheets into one .xlsx workbook, streaming: rows are flushed to the
 * file as they come, text goes inline (no shared-strings table growing with the data), so a
 * million records are written in a small heap. Sheets are named as the headers' language:
 * 清廉单元 or {@code units}.
 */
final class WorkbookSink implements SheetSink {

  /** Rows kept in memory before they are flushed to the file. */
  private static final int FLUSH_EVERY = 512;

  private final Workbook workbook;
  private final boolean chineseNames;
  private Worksheet sheet;
  private List<Optional<TabularExchange.SheetColumn>> columns;
  private int row;

  WorkbookSink(OutputStream out, boolean chineseNames) {
    this.workbook = new Workbook(out, "Qinglian", "1.0");
    this.chineseNames = chineseNames;
  }

  @Override
  public void startSheet(TabularExchange.Sheet table, List<String> headers,
      List<Optional<TabularExchange.SheetColumn>> columns) {
    this.sheet = workbook.newWorksheet(chineseNames ? table.chineseName() : table.name());
    this.columns = columns;
    Styles.header(sheet, headers, columns);
    row = 1;
  }

  @Override
  public void row(List<String> cells) throws IOException {
    if (row > ExcelExchange.MAX_RECORDS_PER_SHEET) {
      throw new IllegalArgumentException("a sheet holds at most " + ExcelExchange.MAX_RECORDS_PER_SHEET
          + " records (Excel's limit of 1,048,576 rows); write JSON, JSON Lines or a CSV package instead");
    }
    for (int c = 0; c < cells.size(); c++) {
      Cells.write(sheet, row, c, cells.get(c), columns.get(c));
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  @Override
  public void endSheet() throws IOException {
    sheet.finish();
    sheet = null;
  }

  @Override
  public void close() throws IOException {
    workbook.finish();
  }
}
