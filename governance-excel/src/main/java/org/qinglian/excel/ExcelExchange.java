package org.qinglian.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.HeaderLanguage;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.RecordSink;
import org.qinglian.io.TabularExchange;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/**
 * Excel 台账 — an exchange as one .xlsx workbook: a sheet for the header and declared totals
 * and one per record type, with the CSV package's columns ({@code docs/format.md}), Chinese
 * or English sheet names and headers. Codes are written as their Chinese labels, dates as
 * Excel dates, numbers as numbers that keep their decimal places, ids and identifiers as
 * text. Both directions stream: a million records in a small heap.
 *
 * <pre>{@code
 * ValidationReport report = ExcelExchange.validate(upload, ReadOptions.defaults(), validator);
 * ExcelExchange.annotate(upload, report, Path.of("标注.xlsx"), Locale.SIMPLIFIED_CHINESE);
 * }</pre>
 */
public final class ExcelExchange {

  /** The most records one sheet holds: Excel's 1,048,576 rows, less the header row. */
  public static final int MAX_RECORDS_PER_SHEET = 1_048_575;

  /** The module's texts (reasons, template comments, annotated copies) in the three languages. */
  static final org.qinglian.model.text.MessageBundle TEXTS =
      org.qinglian.model.text.MessageBundle.beside(ExcelExchange.class);

  private ExcelExchange() {}

  /**
   * {@return whether {@code path} names a workbook this module reads ({@code .xlsx})}
   *
   * @param path the workbook ({@code .xlsx})
   */
  public static boolean isWorkbook(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * Streams the workbook at {@code path} into {@code sink}: header first, then the records,
   * with located issues ({@code file.xlsx!清廉单元!C7}). Anything unreadable becomes an issue;
   * only a failure to open or read the file at all throws.
   *
   * @param path the workbook ({@code .xlsx})
   * @param options how to read: limits, unit categories, progress
   * @param sink where the header, totals, records and issues go, in that order
   * @throws IOException when the workbook cannot be opened, read or written
   */
  public static void read(Path path, ReadOptions options, RecordSink sink) throws IOException {
    new WorkbookReader(options, sink, path.toString()).read(path);
  }

  /**
   * Reads a small workbook into memory, with every read issue.
   *
   * @param path the workbook ({@code .xlsx})
   * @param options how to read: limits, unit categories, progress
   * @return the dataset as far as it could be built, with every read issue
   * @throws IOException when the workbook cannot be opened, read or written
   */
  public static org.qinglian.io.ReadResult readDataset(Path path, ReadOptions options) throws IOException {
    return ExchangeReader.readDataset(sink -> read(path, options, sink));
  }

  /**
   * Reads and validates a workbook in one pass.
   *
   * @param path the workbook ({@code .xlsx})
   * @param options how to read: limits, unit categories, progress
   * @param validator the validator whose rules run on the records as they are read
   * @return the report: read issues and rule issues together, located at their cells
   * @throws IOException when the workbook cannot be opened, read or written
   */
  public static ValidationReport validate(Path path, ReadOptions options, DatasetValidator validator)
      throws IOException {
    return ExchangeReader.validate(sink -> read(path, options, sink), validator);
  }

  /**
   * Writes a whole dataset as a workbook at {@code target}, replaced only once it is complete.
   *
   * @param dataset the dataset to write
   * @param target the workbook file to write; replaced only once it is complete
   * @param options how to read: limits, unit categories, progress
   * @throws IOException when the workbook cannot be opened, read or written
   */
  public static void write(Dataset dataset, Path target, WriteOptions options) throws IOException {
    TabularExchange.write(dataset, target, options, sinks(options));
  }

  /**
   * Writes a whole dataset as a workbook to {@code out} (flushed, not closed).
   *
   * @param dataset the dataset to write
   * @param out the stream to write to; flushed, not closed
   * @param options how to read: limits, unit categories, progress
   * @throws IOException when the workbook cannot be opened, read or written
   */
  public static void write(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
    TabularExchange.write(dataset, out, options, sinks(options));
  }

  /**
   * A streaming writer to {@code target}: header, totals, then records type by type in the
   * format's order; {@code extensionColumns} names the unknown fields records of each type
   * may carry (each gets a column).
   *
   * @param target the workbook file to write; replaced only once it is complete
   * @param options how to read: limits, unit categories, progress
   * @param extensionColumns for each record type, the unknown-field keys its records may carry, in
   *     column order
   * @return a writer: header first, then records; close it to complete the workbook
   * @throws IOException when the workbook cannot be opened, read or written
   */
  public static ExchangeWriter open(Path target, WriteOptions options, Map<RecordType, List<String>> extensionColumns)
      throws IOException {
    return TabularExchange.open(target, options, extensionColumns, sinks(options));
  }

  private static org.qinglian.io.SheetSink.Factory sinks(WriteOptions options) {
    return out -> new WorkbookSink(out, options.headerLanguage() == HeaderLanguage.CHINESE);
  }

  /**
   * An empty workbook for data entry, in {@code locale}'s language (zh-CN, zh-TW or en): every
   * sheet with its header row, a comment on each header (meaning, required or not, format, an
   * example), drop-down lists of the code lists' Chinese labels, date and number formats, ids
   * and identifiers as text, the header row frozen.
   *
   * @param target the workbook file to write; replaced only once it is complete
   * @param locale the language of sheet names, headers, comments and labels: zh-CN, zh-TW or English
   * @throws IOException when the workbook cannot be opened, read or written
   */
  public static void template(Path target, Locale locale) throws IOException {
    Template.write(target, locale);
  }

  /**
   * A copy of the workbook at {@code input} with {@code report}'s issues marked: every cell
   * with an issue filled (red for errors, orange for warnings, blue for notes) and commented
   * with the code and message, a 结果 (result) column on every row with issues, and a first
   * sheet, 校验报告, with the counts by rule and the issues that belong to no cell.
   *
   * @param input the workbook that was validated
   * @param report the report of validating {@code input}
   * @param target the workbook file to write; replaced only once it is complete
   * @param locale the language of sheet names, headers, comments and labels: zh-CN, zh-TW or English
   * @throws IOException when the workbook cannot be opened, read or written
   */
  public static void annotate(Path input, ValidationReport report, Path target, Locale locale) throws IOException {
    Annotator.write(input, report, target, locale);
  }
}
