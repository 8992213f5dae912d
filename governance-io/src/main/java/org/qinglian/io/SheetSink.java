package org.qinglian.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * 表格输出 — where {@link TabularExchange}'s writer puts a workbook's sheets: the spreadsheet
 * module's side. Sheets come in the format's order, each with its header row, then its rows.
 */
public interface SheetSink {

  /**
   * A new sheet. {@code headers} are in the writer's header language, the table's columns
   * first and then extension columns (unknown fields, JSON text), for which
   * {@code columns} holds empty.
   *
   * @param sheet the exchange's sheet
   * @param headers the header cells
   * @param columns for each header, its column, or empty for an extension column
   * @throws IOException when the workbook cannot be written
   */
  void startSheet(TabularExchange.Sheet sheet, List<String> headers, List<Optional<TabularExchange.SheetColumn>> columns)
      throws IOException;

  /**
   * One row: a cell per header, "" when empty, as the CSV package writes it — codes as codes,
   * dates as {@code YYYY-MM-DD}, lists joined with {@code |} — but never guarded against
   * formulas (the sink writes text as text).
   *
   * @param cells a text per header
   * @throws IOException when the workbook cannot be written
   */
  void row(List<String> cells) throws IOException;

  /**
   * The current sheet is complete.
   *
   * @throws IOException when the workbook cannot be written
   */
  void endSheet() throws IOException;

  /**
   * Finishes the workbook; its stream is the writer's to close.
   *
   * @throws IOException when the workbook cannot be written
   */
  void close() throws IOException;

  /** Makes a sink writing a workbook to a stream. */
  @FunctionalInterface
  interface Factory {
    /**
     * Opens a sink on the stream a workbook is written to.
     *
     * @param out the workbook's stream; the writer closes it
     * @return the sink
     * @throws IOException when the workbook cannot be started
     */
    SheetSink open(OutputStream out) throws IOException;
  }
}
