package org.qinglian.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.qinglian.io.StagedOutput;
import org.qinglian.io.TabularExchange;
import org.qinglian.model.codelist.Coded;
import org.qinglian.model.text.Localization;
import org.qinglian.model.text.MessageBundle;

/**
 * The data-entry template: each sheet's header row commented, code columns with drop-down
 * lists of labels (kept on a hidden sheet, 代码表, that readers skip), columns formatted by
 * kind for {@link #ROWS} rows.
 */
final class Template {

  /** The hidden sheet holding the code lists the drop-downs refer to; readers skip it. */
  static final String CODES_SHEET = FormatNames.CODES_SHEET;

  /** How many rows the drop-downs and formats cover. */
  static final int ROWS = 10_000;

  private static final MessageBundle TEXTS = ExcelExchange.TEXTS;

  private Template() {}

  static void write(Path target, Locale locale) throws IOException {
    try (StagedOutput staged = StagedOutput.open(target)) {
      write(staged.stream(), locale);
      staged.commit();
    }
  }

  static void write(OutputStream out, Locale locale) throws IOException {
    Locale language = Localization.resolve(locale);
    boolean chinese = Localization.isChinese(language);
    Workbook workbook = new Workbook(out, "Qinglian", "1.0");
    List<Worksheet> sheets = new ArrayList<>();
    for (TabularExchange.Sheet table : TabularExchange.sheets()) {
      sheets.add(workbook.newWorksheet(chinese ? table.chineseName() : table.name()));
    }
    Worksheet codes = workbook.newWorksheet(CODES_SHEET);
    codes.setVisibilityState(VisibilityState.HIDDEN);
    int codeColumn = 0;
    for (int s = 0; s < sheets.size(); s++) {
      TabularExchange.Sheet table = TabularExchange.sheets().get(s);
      Worksheet sheet = sheets.get(s);
      List<String> headers = new ArrayList<>();
      List<Optional<TabularExchange.SheetColumn>> columns = new ArrayList<>();
      table.columns().forEach(c -> {
        headers.add(chinese ? c.chineseHeader() : c.header());
        columns.add(Optional.of(c));
      });
      Styles.header(sheet, headers, columns);
      for (int c = 0; c < table.columns().size(); c++) {
        TabularExchange.SheetColumn column = table.columns().get(c);
        sheet.comment(0, c, comment(table, column, language));
        switch (column.kind()) {
          case DATE:
            sheet.style(c).format(Cells.DATE_FORMAT).set(); // the whole column, without writing its cells
            break;
          case INTEGER:
            sheet.style(c).format(Cells.numberFormat(0)).set();
            break;
          case DECIMAL:
            sheet.style(c).format(Cells.numberFormat(2)).set(); // money in yuan and fen; two places read back as typed
            break;
          case ID:
          case IDENTIFIER:
          case TEXT:
          case DATE_TIME:
            sheet.style(c).format("@").set(); // text: Excel must not turn an id into a number
            break;
          default:
            break;
        }
        if (column.kind() == TabularExchange.Kind.CODE && !column.list() && !column.codes().isEmpty()) {
          List<Coded> list = column.codes();
          codes.inlineString(0, codeColumn, table.name() + "." + column.header());
          for (int i = 0; i < list.size(); i++) {
            codes.inlineString(i + 1, codeColumn, Localization.label(list.get(i), Localization.SIMPLIFIED));
          }
          sheet.range(1, c, ROWS, c).validateWithList(codes.range(1, codeColumn, list.size(), codeColumn))
              .allowBlank(true).showErrorMessage(true)
              .errorTitle(TEXTS.format(language, "template.listErrorTitle", java.util.Map.of()))
              .error(TEXTS.format(language, "template.listError", java.util.Map.of()));
          codeColumn++;
        }
      }
      sheet.finish();
    }
    codes.finish();
    workbook.finish();
  }

  /** Meaning, required or not, format and an example, in the template's language. */
  static String comment(TabularExchange.Sheet table, TabularExchange.SheetColumn column, Locale language) {
    java.util.Map<String, Object> args = new java.util.LinkedHashMap<>();
    args.put("chinese", column.chineseHeader());
    args.put("header", column.header());
    args.put("path", column.path());
    String required = TEXTS.format(language, column.required() ? "template.required" : "template.optional", java.util.Map.of());
    String format = TEXTS.format(language, "template.kind." + column.kind(), java.util.Map.of());
    if (column.list()) {
      format = format + TEXTS.format(language, "template.list", java.util.Map.of());
    }
    args.put("required", required);
    args.put("format", format);
    args.put("example", example(table, column));
    return TEXTS.format(language, "template.comment", args);
  }

  /** The prefix an example id of a record type or reference gets: U for units, I for inspections … */
  private static String idPrefix(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String[][] prefixes = {{"inspection", "I"}, {"finding", "F"}, {"task", "T"}, {"scheme", "S"}, {"person", "P"},
        {"assessment", "R"}, {"indicator", "M"}, {"action", "A"}, {"dataset", "DS"}};
    for (String[] prefix : prefixes) {
      if (lower.contains(prefix[0])) {
        return prefix[1];
      }
    }
    return "U";
  }

  private static String example(TabularExchange.Sheet table, TabularExchange.SheetColumn column) {
    String path = column.path();
    switch (column.kind()) {
      case ID: return (path.equals("id") ? idPrefix(table.name()) : idPrefix(path)) + "-2023-001";
      case CODE: return column.codes().isEmpty() ? "—" : Localization.label(column.codes().get(0), Localization.SIMPLIFIED);
      case DATE: return "2023-03-31";
      case DATE_TIME: return "2023-04-01T09:00:00+08:00";
      case INTEGER: return "3";
      case DECIMAL: return "12000.00";
      case BOOLEAN: return "TRUE";
      case IDENTIFIER:
        if (path.toLowerCase(Locale.ROOT).contains("credit")) {
          return "91420100MB1234567C";
        }
        if (path.toLowerCase(Locale.ROOT).contains("resident")) {
          return "110105194912310021";
        }
        if (path.toLowerCase(Locale.ROOT).contains("version")) {
          return "1.0";
        }
        return "420102";
      default: return "—";
    }
  }
}
