package org.qinglian.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Cell text rules of the CSV packages.
 *
 * <p><b>Formula injection.</b> A spreadsheet runs a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return as a formula. Writers put a {@code '} in front
 * of such text cells (and in front of a cell that already is quotes followed by one of those,
 * so that the rule stays reversible); readers take exactly one {@code '} off a cell of the
 * form {@code '+<trigger>…}. Numeric columns are never touched: {@code -12.5} stays a number.
 *
 * <p><b>Unknown values.</b> A column the format does not define carries a JSON value per
 * cell: an empty cell is no value; a cell that is one JSON value (a number, {@code true},
 * {@code false}, {@code null}, an object, an array or a quoted string) is that value; any
 * other cell is a string. Writers therefore write a string bare unless it would read as
 * JSON ({@code 12}, {@code true}, {@code [x]} …) or is empty, and then as a quoted JSON
 * string ({@code "12"}, {@code ""}); everything else as its JSON text.
 *
 * <p><b>Lists.</b> Items are joined with {@code |}; an item's own {@code |} and {@code \} are
 * written {@code \|} and {@code \\}.
 */
final class CsvCells {

  private CsvCells() {}

  private static boolean isTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** Whether {@code text} is quotes followed by a trigger, or a trigger (the cells to guard). */
  private static boolean guarded(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    return i < text.length() && isTrigger(text.charAt(i));
  }

  static String escapeFormula(String text) {
    return guarded(text) ? "'" + text : text;
  }

  static String unescapeFormula(String cell) {
    return cell.startsWith("'") && guarded(cell) ? cell.substring(1) : cell;
  }

  /** The JSON text an unknown column's (formula-unescaped) cell stands for. */
  static String extensionJson(String cell) {
    return Json.isValue(cell) ? cell : Json.quote(cell);
  }

  /** The cell that stands for the JSON text {@code json} in an unknown column (before formula escaping). */
  static String extensionCell(String json) {
    // Text that is not JSON (an API caller's) is a string, as the JSON writers write it.
    String value = Json.isValue(json) ? json : Json.quote(json);
    String text = JsonRecordWriter.textOf(value);
    boolean string = !text.equals(value);
    return string && !text.isEmpty() && !Json.isValue(text) ? text : value;
  }

  /** Joins items; an empty list is an empty cell (so is a list of one empty item, which no column allows). */
  static String joinList(List<String> items) {
    List<String> escaped = new ArrayList<>(items.size());
    for (String item : items) {
      escaped.add(item.replace("\\", "\\\\").replace("|", "\\|"));
    }
    return String.join("|", escaped);
  }

  static List<String> splitList(String cell) {
    List<String> items = new ArrayList<>();
    if (cell.indexOf('\\') < 0) {
      // No escapes (ids, codes): cut at each bar; indexOf is the JDK's vectorised search.
      int from = 0;
      for (int bar = cell.indexOf('|'); bar >= 0; bar = cell.indexOf('|', from)) {
        items.add(cell.substring(from, bar));
        from = bar + 1;
      }
      items.add(cell.substring(from));
      return items;
    }
    StringBuilder item = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length()) {
        item.append(cell.charAt(++i));
      } else if (c == '|') {
        items.add(item.toString());
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    items.add(item.toString());
    return items;
  }
}
