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
   */
  void startSheet(TabularExchange.Sheet sheet, List<String> headers, List<Optional<TabularExchange.SheetColumn>> columns)
      throws IOException;

  /**
   * One row: a cell per header, "" when empty, as the CSV package writes it — codes as codes,
   * dates as {@code YYYY-MM-DD}, lists joined with {@code |} — but never guarded against
   * formulas (the sink writes text as text).
   */
  void row(List<String> cells) throws IOException;

  /** The current sheet is complete. */
  void endSheet() throws IOException;

  /** Finishes the workbook; its stream is the writer's to close. */
  void close() throws IOException;

  /** Makes a sink writing a workbook to a stream. */
  @FunctionalInterface
  interface Factory {
    SheetSink open(OutputStream out) throws IOException;
  }
}
