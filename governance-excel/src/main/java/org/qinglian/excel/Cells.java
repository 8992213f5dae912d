package org.qinglian.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.qinglian.io.TabularExchange;
import org.qinglian.model.codelist.Coded;
import org.qinglian.model.text.Localization;

/**
 * How an exchange's cell text becomes a typed workbook cell and back: dates as Excel dates,
 * numbers as numbers whose display keeps their decimal places (so they read back exactly),
 * codes as their Chinese labels, identifiers and ids as text — never numbers, which Excel
 * would round (an 18-digit resident id becomes 6.10402197503121E+17).
 */
final class Cells {

  /** The offset a date-time without one (an Excel date and time) is read at: China Standard Time. */
  static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  static final String DATE_FORMAT = "yyyy-mm-dd";

  private Cells() {}

  /** Writes {@code text} (the CSV package's form) at row, column (0-based) as {@code column} types it. */
  static void write(Worksheet sheet, int row, int col, String text, Optional<TabularExchange.SheetColumn> column) {
    if (text.isEmpty()) {
      return;
    }
    TabularExchange.Kind kind = column.map(TabularExchange.SheetColumn::kind).orElse(TabularExchange.Kind.TEXT);
    boolean list = column.map(TabularExchange.SheetColumn::list).orElse(false);
    if (list) {
      sheet.inlineString(row, col, escape(kind == TabularExchange.Kind.CODE ? labels(text, column.get()) : text));
      return;
    }
    switch (kind) {
      case DATE: {
        Optional<LocalDate> date = date(text);
        if (date.isPresent()) {
          sheet.value(row, col, date.get());
          sheet.style(row, col).format(DATE_FORMAT).set();
          return;
        }
        break;
      }
      case INTEGER:
      case DECIMAL: {
        Optional<BigDecimal> number = number(text);
        if (number.isPresent()) {
          sheet.value(row, col, number.get());
          sheet.style(row, col).format(numberFormat(number.get().scale())).set();
          return;
        }
        break;
      }
      case BOOLEAN:
        if (text.equals("true") || text.equals("false")) {
          sheet.value(row, col, Boolean.valueOf(text));
          return;
        }
        break;
      case CODE:
        // Labels repeat: shared strings keep them once.
        sheet.value(row, col, escape(label(text, column.get())));
        return;
      default:
        break;
    }
    sheet.inlineString(row, col, escape(text)); // text, ids and identifiers: a text cell, never a number
  }

  /*
   * A workbook's text is XML text, which cannot hold most C0 control characters, half of a surrogate
   * pair, U+FFFE or U+FFFF, and in which a parser turns a CR into LF. ECMA-376 Part 1, 22.9.2.19
   * (ST_Xstring) writes such a character as _xHHHH_ (Excel writes a CR as _x000D_), and a literal
   * _xHHHH_ with its underscore as _x005F_. Readers differ on the rest: Excel decodes every _xHHHH_,
   * LibreOffice only the characters XML cannot hold and the underscore. So we decode what LibreOffice
   * decodes, and write every literal _xHHHH_ escaped, which both read back as written; FastExcel
   * would otherwise drop a character XML cannot hold without a word.
   */

  /** The text of a cell with its {@code _xHHHH_} escapes of characters XML cannot hold, and of {@code _}, decoded. */
  static String unescape(String text) {
    int at = text.indexOf("_x");
    if (at < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (at >= 0) {
      int code = escapedAt(text, at);
      if (code >= 0 && (code == '_' || code < 0x20 || notInXml(code))) {
        out.append(text, from, at).append((char) code);
        from = at + 7;
        at = text.indexOf("_x", from);
      } else {
        at = text.indexOf("_x", at + 1);
      }
    }
    return out.append(text, from, text.length()).toString();
  }

  /** {@code text} as a cell's XML text: what XML cannot hold and the underscore of a literal {@code _xHHHH_} escaped. */
  static String escape(String text) {
    int i = 0;
    while (i < text.length() && !needsEscape(text, i)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.append(c).append(text.charAt(++i));
      } else if (needsEscape(text, i)) {
        out.append(String.format("_x%04X_", (int) c)); // the underscore of a literal _xHHHH_ is _x005F_
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    if (c == '_') {
      // The underscore of what a reader would take for an escape: _xHHHH followed by _ or by a
      // character written as an escape, which begins with _.
      if (i + 6 >= text.length() || text.charAt(i + 1) != 'x') {
        return false;
      }
      for (int k = i + 2; k < i + 6; k++) {
        if (Character.digit(text.charAt(k), 16) < 0) {
          return false;
        }
      }
      return text.charAt(i + 6) == '_' || escapedCharacter(text, i + 6);
    }
    return escapedCharacter(text, i);
  }

  /** Whether the character at {@code i} is one XML cannot hold (a surrogate without its other half among them). */
  private static boolean escapedCharacter(String text, int i) {
    char c = text.charAt(i);
    if (Character.isSurrogate(c)) {
      return Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
          : i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return notInXml(c);
  }

  /** The character {@code _xHHHH_} at {@code at} stands for, or -1 when no such escape stands there. */
  private static int escapedAt(String text, int at) {
    if (at + 7 > text.length() || text.charAt(at) != '_' || text.charAt(at + 1) != 'x' || text.charAt(at + 6) != '_') {
      return -1;
    }
    int code = 0;
    for (int k = at + 2; k < at + 6; k++) {
      int digit = Character.digit(text.charAt(k), 16);
      if (digit < 0) {
        return -1;
      }
      code = code * 16 + digit;
    }
    return code;
  }

  /** Whether XML 1.0 cannot hold {@code c} as text (tab, LF and CR it can; a parser makes CR an LF). */
  private static boolean notInXml(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate((char) c) || c == 0xFFFE || c == 0xFFFF;
  }

  /** {@code 0}, {@code 0.0}, {@code 0.00} …: the display keeps exactly the value's decimal places. */
  static String numberFormat(int scale) {
    return scale <= 0 ? "0" : "0." + "0".repeat(Math.min(scale, 30));
  }

  private static String label(String code, TabularExchange.SheetColumn column) {
    for (Coded coded : column.codes()) {
      if (coded.code().equals(code)) {
        return Localization.label(coded, Localization.SIMPLIFIED);
      }
    }
    return code; // a code the list does not know stays as given; the validator reports it
  }

  private static String labels(String joined, TabularExchange.SheetColumn column) {
    List<String> items = new ArrayList<>();
    for (String item : joined.split("\\|", -1)) {
      items.add(label(item.strip(), column));
    }
    return String.join("|", items);
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return text.length() == 10 ? Optional.of(LocalDate.parse(text)) : Optional.empty();
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<BigDecimal> number(String text) {
    try {
      BigDecimal number = new BigDecimal(text);
      // Excel holds 15 significant digits: more would not come back as written.
      return number.precision() <= 15 ? Optional.of(number) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A cell's text in the CSV package's form, for a column of {@code kind}; empty for a blank cell. */
  static String read(Cell cell, TabularExchange.Kind kind, boolean date1904) throws UnreadableCell {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getType();
    String raw = cell.getRawValue();
    switch (type) {
      case EMPTY:
        return "";
      case STRING:
        return cell.getText() == null ? "" : unescape(cell.getText());
      case BOOLEAN:
        return "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "true" : "false";
      case ERROR:
        throw new UnreadableCell("XLSX_CELL_ERROR", raw == null ? "" : raw);
      case FORMULA:
        if (raw == null || raw.isEmpty()) {
          throw new UnreadableCell("XLSX_FORMULA_WITHOUT_VALUE", String.valueOf(cell.getFormula()));
        }
        // The value Excel or LibreOffice computed and stored with the formula.
        return looksNumeric(raw) ? number(raw, kind, cell.getDataFormatString(), date1904) : unescape(raw);
      case NUMBER:
        return raw == null ? "" : number(raw, kind, cell.getDataFormatString(), date1904);
      default:
        return raw == null ? "" : raw;
    }
  }

  private static boolean looksNumeric(String raw) {
    try {
      new BigDecimal(raw);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String number(String raw, TabularExchange.Kind kind, String format, boolean date1904)
      throws UnreadableCell {
    BigDecimal number;
    try {
      // Excel keeps 15 significant digits; writers that store a double's full expansion
      // (openpyxl writes 83.1 as 83.09999999999999) mean the same number.
      number = new BigDecimal(raw).round(new java.math.MathContext(15)).stripTrailingZeros();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new UnreadableCell("XLSX_NUMBER_UNREADABLE", raw);
    }
    switch (kind) {
      case DATE:
        return serial(number, date1904).toLocalDate().toString();
      case DATE_TIME:
        return serial(number, date1904).atOffset(CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      case DECIMAL: {
        int places = decimalPlaces(format);
        if (places >= 0 && number.scale() <= places) {
          return number.setScale(places).toPlainString(); // 12000.5 shown as 12000.50 is 12000.50
        }
        return plain(number);
      }
      default:
        return plain(number);
    }
  }

  /** 2022 rather than 2022.0 or 2.022E+3. */
  private static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** The decimal places a number format shows ({@code 0.00}, {@code #,##0.00} → 2), or -1 when it does not fix them. */
  static int decimalPlaces(String format) {
    if (format == null || format.isEmpty() || format.equalsIgnoreCase("General")) {
      return -1;
    }
    String first = format.split(";", -1)[0];
    int dot = first.indexOf('.');
    if (dot < 0) {
      return first.contains("0") ? 0 : -1;
    }
    int places = 0;
    for (int i = dot + 1; i < first.length() && (first.charAt(i) == '0' || first.charAt(i) == '#'); i++) {
      if (first.charAt(i) == '0') {
        places++;
      }
    }
    return places;
  }

  /** An Excel serial date (days since 1899-12-30, or since 1904-01-01) and time. */
  static LocalDateTime serial(BigDecimal serial, boolean date1904) {
    LocalDateTime epoch = date1904 ? LocalDateTime.of(1904, 1, 1, 0, 0) : LocalDateTime.of(1899, 12, 30, 0, 0);
    long days = serial.longValue();
    long millis = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400_000L))
        .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
    // Whole seconds: a time typed in Excel is stored to the millisecond's rounding.
    long seconds = Math.round(millis / 1000.0);
    return epoch.plusDays(days).plusSeconds(seconds);
  }

  /** A cell that holds no value a reader can use: an error (#N/A) or a formula never computed. */
  static final class UnreadableCell extends Exception {
    private static final long serialVersionUID = 1L;
    final String reason;
    final String value;

    UnreadableCell(String reason, String value) {
      super(reason, null, false, false);
      this.reason = reason;
      this.value = value;
    }
  }

  /**
   * A header row's names, without the styled but empty cells to their right; empty for a
   * blank row (blank rows above the header are skipped).
   */
  static List<String> headerNames(org.dhatim.fastexcel.reader.Row row) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      Cell cell = row.getCell(c);
      names.add(cell == null || cell.getText() == null ? "" : unescape(cell.getText()));
    }
    while (!names.isEmpty() && names.get(names.size() - 1).isBlank()) {
      names.remove(names.size() - 1);
    }
    return names;
  }
}
