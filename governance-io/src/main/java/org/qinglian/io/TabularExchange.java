package org.qinglian.io;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.RecordType;
import org.qinglian.model.codelist.Coded;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.unit.UnitCategory;

/**
 * 表格交换 — the exchange as tables, for readers and writers of spreadsheets (the
 * {@code governance-excel} module): one sheet for the header and declared totals, one per
 * record type, with the CSV package's columns ({@code docs/format.md}). Cells are the CSV
 * package's text; a spreadsheet module decides how to type them (dates, numbers, labels).
 */
public final class TabularExchange {

  private static final org.qinglian.model.text.MessageBundle TEXTS =
      org.qinglian.model.text.MessageBundle.beside(TabularExchange.class);

  private TabularExchange() {}

  /** 单元格类型 — how a column's cells are read and written. */
  public enum Kind {
    /** Free text. */
    TEXT,
    /** A record id or reference. */
    ID,
    /** A code-list entry: code or either Chinese label. */
    CODE,
    /** {@code YYYY-MM-DD}. */
    DATE,
    /** ISO-8601 date and time with offset. */
    DATE_TIME,
    /** A whole number. */
    INTEGER,
    /** A decimal number, kept exactly (money has two places). */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An identifier kept as text (division, credit code, resident id, version): never a number. */
    IDENTIFIER
  }

  /** 表 — one sheet: the header and totals ({@code dataset}) or the records of one type. */
  public static final class Sheet {
    private final Table table;
    private final List<SheetColumn> columns = new ArrayList<>();

    private Sheet(Table table) {
      this.table = table;
      table.columns().forEach(column -> columns.add(new SheetColumn(column)));
    }

    /** {@return the sheet's English name, the CSV file's name without {@code .csv}: {@code dataset}, {@code units}, …} */
    public String name() {
      return table.csvFile().substring(0, table.csvFile().length() - 4);
    }

    /**
     * 数据集, 清廉单元, …
     *
     * @return the Chinese name of the sheet: 数据集, 清廉单元, …
     */
    public String chineseName() {
      return table.recordType().map(Coded::simplifiedLabel)
          .orElseGet(() -> TEXTS.format(org.qinglian.model.text.Localization.SIMPLIFIED, "sheet.dataset", Map.of()));
    }

    /** {@return the record type, empty for the dataset sheet} */
    public Optional<RecordType> recordType() {
      return table.recordType();
    }

    /**
     * {@return the sheet's columns, in the CSV package's order}
     */
    public List<SheetColumn> columns() {
      return List.copyOf(columns);
    }

    /**
     * {@return the column a header names — English (any case) or Chinese, as readers accept them — if any}
     *
     * @param header a header cell's text
     */
    public Optional<SheetColumn> columnNamed(String header) {
      return table.byHeader(header.strip()).flatMap(this::of);
    }

    Optional<SheetColumn> of(Column column) {
      return columns.stream().filter(c -> c.column == column).findFirst();
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /** 列 — one column of a sheet. */
  public static final class SheetColumn {
    private final Column column;

    private SheetColumn(Column column) {
      this.column = column;
    }

    /** {@return the field's path in the JSON format ({@code rectification.deadline})} */
    public String path() {
      return column.path();
    }

    /** {@return the English header ({@code rectification_deadline})} */
    public String header() {
      return column.csvName();
    }

    /** {@return the Chinese header (整改期限)} */
    public String chineseHeader() {
      return column.chineseHeader();
    }

    /**
     * {@return what a cell of the column holds, which decides how a workbook shows it}
     */
    public Kind kind() {
      switch (column.type()) {
        case ID: return Kind.ID;
        case CODE: case CATEGORY: return Kind.CODE;
        case DATE: return Kind.DATE;
        case DATE_TIME: return Kind.DATE_TIME;
        case INTEGER: return Kind.INTEGER;
        case DECIMAL: return Kind.DECIMAL;
        case BOOLEAN: return Kind.BOOLEAN;
        case DIVISION: case CREDIT_CODE: case RESIDENT_ID: case VERSION: return Kind.IDENTIFIER;
        default: return Kind.TEXT;
      }
    }

    /**
     * {@return whether every record must have a value in the column}
     */
    public boolean required() {
      return column.required();
    }

    /** {@return whether a cell holds a list, its items joined with {@code |}} */
    public boolean list() {
      return column.list();
    }

    /** {@return whether the column holds personal data (resident ids), masked unless asked otherwise} */
    public boolean personalData() {
      return column.type() == ValueType.RESIDENT_ID;
    }

    /**
     * {@return the code list of a code column, in its order (the standard unit categories for the
     * open list); else empty}
     */
    public List<Coded> codes() {
      if (column.type() == ValueType.CATEGORY) {
        return standardCategories();
      }
      return column.codes().map(type -> type.getEnumConstants() == null ? List.<Coded>of()
          : List.<Coded>of(type.getEnumConstants())).orElse(List.of());
    }

    @Override
    public String toString() {
      return header();
    }
  }

  private static List<Coded> standardCategories() {
    List<Coded> found = new ArrayList<>();
    for (Field field : UnitCategory.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == UnitCategory.class) {
        try {
          found.add((Coded) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return found;
  }

  private static final List<Sheet> SHEETS = Tables.all().stream().map(Sheet::new).toList();

  /** {@return the sheets in the format's order: {@code dataset} first, then one per record type} */
  public static List<Sheet> sheets() {
    return SHEETS;
  }

  /**
   * The sheet a workbook's sheet {@code name} stands for: the English name ({@code units},
   * any case), the Chinese one (清廉单元, or its traditional form) or the JSON Lines type
   * ({@code unit}); empty for any other sheet.
   *
   * @param name a workbook sheet's name
   * @return the sheet of the exchange it stands for, if any
   */
  public static Optional<Sheet> sheetNamed(String name) {
    String wanted = name.strip();
    for (Sheet sheet : SHEETS) {
      if (sheet.name().equalsIgnoreCase(wanted) || sheet.chineseName().equals(wanted)
          || sheet.table.jsonLinesType().equalsIgnoreCase(wanted)
          || sheet.recordType().map(t -> t.traditionalLabel().equals(wanted)).orElse(wanted.equals(
              TEXTS.format(org.qinglian.model.text.Localization.TRADITIONAL, "sheet.dataset", Map.of())))) {
        return Optional.of(sheet);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads sheets' rows as records into {@code sink}; see {@link SheetReading}.
   *
   * @param options how to read: limits, unit categories, progress
   * @param sink where the header, totals, records and issues go
   * @return a reading to which a workbook reader hands sheets, header rows and rows
   */
  public static SheetReading reading(ReadOptions options, RecordSink sink) {
    return new SheetReading(new ReadContext(options, sink));
  }

  /**
   * A streaming writer of records to a workbook at {@code target}, which {@code sinks} makes
   * from the stream of a staging file; as {@link ExchangeWriter#open(Path, ExchangeFormat,
   * WriteOptions, Map)}, the target is replaced only when the writer closes without failure.
   *
   * @param target the workbook file; replaced only when the writer closes without failure
   * @param options header language (sheet names and headers) and masking
   * @param extensionColumns for each record type, the unknown-field keys its records may carry, in
   *     column order
   * @param sinks makes the sheet sink (a workbook library's writer) from the staging file's stream
   * @return a writer: header first, then records; close it to complete the workbook
   * @throws IOException when the workbook cannot be written
   */
  public static ExchangeWriter open(Path target, WriteOptions options, Map<RecordType, List<String>> extensionColumns,
      SheetSink.Factory sinks) throws IOException {
    return ExchangeWriter.openSheets(target, options, extensionColumns, sinks);
  }

  /**
   * Writes a whole dataset as a workbook at {@code target} (replaced only once written).
   *
   * @param dataset the dataset to write
   * @param target the workbook file
   * @param options header language (sheet names and headers) and masking
   * @param sinks makes the sheet sink (a workbook library's writer) from the stream
   * @throws IOException when the workbook cannot be written
   */
  public static void write(Dataset dataset, Path target, WriteOptions options, SheetSink.Factory sinks)
      throws IOException {
    try (ExchangeWriter writer = open(target, options, ExchangeWriter.extensionKeys(dataset), sinks)) {
      ExchangeWriter.writeAll(dataset, writer);
    }
  }

  /**
   * Writes a whole dataset as a workbook to {@code out} (flushed, not closed).
   *
   * @param dataset the dataset to write
   * @param out the stream to write to; flushed, not closed
   * @param options header language (sheet names and headers) and masking
   * @param sinks makes the sheet sink (a workbook library's writer) from the stream
   * @throws IOException when the workbook cannot be written
   */
  public static void write(Dataset dataset, OutputStream out, WriteOptions options, SheetSink.Factory sinks)
      throws IOException {
    try (ExchangeWriter writer = ExchangeWriter.openSheets(out, options, ExchangeWriter.extensionKeys(dataset), sinks)) {
      ExchangeWriter.writeAll(dataset, writer);
    }
  }
}
