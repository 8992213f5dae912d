package org.qinglian.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one {@link RawRecord} by path: a slot per column of its table, so that reading
 * a value is an array store and not a map entry (a million records hold some twenty million
 * values), and a map for what is read under a path that is no column (a nested object given
 * as a text, a wrongly shaped item). Keeps the input order, which the unknown fields are
 * reported and kept in.
 *
 * <p>A row of a table (a CSV file, a sheet) keeps its cells as they are instead: a value is made
 * from its cell when it is asked for, and which columns were read is a bit each. A value a binder
 * reads and drops then never becomes an object that outlives it; one per cell was a fifth of the
 * bytes reading a CSV package allocated.
 */
final class RawValues {

  private final Table table;
  /** The values by column (JSON); made with the first. */
  private RawValue[] byColumn;
  private Map<String, RawValue> others;
  private int count;

  /** A row's cells ({@code null} unless this record is a row). */
  private List<String> cells;
  private Cells layout;
  private long line;
  /** A bit per column of the table: its cell holds a value. */
  private long present;
  /** A bit per column of the table: a binder has read its value. */
  private long consumed;

  RawValues(Table table) {
    this.table = table;
  }

  /**
   * How the cells of one table's rows map to its columns, worked out once from the header: the
   * cell of each column (or -1) and how its text becomes a value.
   */
  static final class Cells {
    static final byte TEXT = 0;
    /** Text a CSV writer may have guarded against formula injection: one {@code '} comes off. */
    static final byte GUARDED_TEXT = 1;
    static final byte LIST = 2;
    static final byte GUARDED_LIST = 3;

    final int[] cellOf;
    final byte[] kinds;

    Cells(int[] cellOf, byte[] kinds) {
      this.cellOf = cellOf;
      this.kinds = kinds;
    }
  }

  /** Makes this record a row: {@code present} has a bit for each column whose cell holds a value. */
  void cells(List<String> cells, Cells layout, long line, long present) {
    this.cells = cells;
    this.layout = layout;
    this.line = line;
    this.present = present;
  }

  RawValue get(String path) {
    int index = table.indexOf(path);
    return index >= 0 ? valueAt(index) : others == null ? null : others.get(path);
  }

  /** {@link #get}, the value then counted as read by a binder. */
  RawValue take(String path) {
    int index = table.indexOf(path);
    RawValue value = index >= 0 ? valueAt(index) : others == null ? null : others.get(path);
    if (value != null) {
      if (index >= 0) {
        consumed |= 1L << index; // a row's value is made again when asked: its bit is what is kept
      }
      value.consumed = true;
    }
    return value;
  }

  /** The value of column {@code index}: made from its cell in a row, else the one put. */
  private RawValue valueAt(int index) {
    return cells != null ? cellValue(index) : byColumn == null ? null : byColumn[index];
  }

  /** What {@link #takeCellText} answers when the path is no text column of a row. */
  static final String NOT_A_CELL = new String("not a cell");

  /**
   * The text of a row's cell at {@code path}, counted as read, or {@code null} when the cell is
   * empty — or {@link #NOT_A_CELL} when this record is no row or {@code path} is no single-text
   * column: then {@link #take} answers. The binders' commonest question, answered without a value object.
   */
  String takeCellText(String path) {
    if (cells == null) {
      return NOT_A_CELL;
    }
    int index = table.indexOf(path);
    if (index < 0 || layout.kinds[index] >= Cells.LIST) {
      return NOT_A_CELL;
    }
    long bit = 1L << index;
    if ((present & bit) == 0) {
      return null;
    }
    consumed |= bit;
    return cellText(index);
  }

  /** The text of column {@code index}'s cell, without the writer's guard where it may have one. */
  private String cellText(int index) {
    String text = cells.get(layout.cellOf[index]);
    return layout.kinds[index] == Cells.GUARDED_TEXT ? CsvCells.unescapeFormula(text) : text;
  }

  /** The value of column {@code index} of a row, made from its cell, or {@code null} when the cell is empty. */
  private RawValue cellValue(int index) {
    if ((present & (1L << index)) == 0) {
      return null;
    }
    int cell = layout.cellOf[index];
    RawValue value;
    if (layout.kinds[index] < Cells.LIST) {
      value = RawValue.scalar(RawValue.Kind.TEXT, cellText(index), line, cell + 1);
    } else {
      String text = cells.get(cell);
      boolean guarded = layout.kinds[index] == Cells.GUARDED_LIST;
      List<String> items;
      if (text.indexOf('|') < 0 && text.indexOf('\\') < 0) {
        items = List.of(guarded ? CsvCells.unescapeFormula(text) : text); // one item, the commonest list
      } else {
        items = CsvCells.splitList(text);
        for (int i = 0; guarded && i < items.size(); i++) { // a loop, not a lambda: a short run links each it meets
          items.set(i, CsvCells.unescapeFormula(items.get(i)));
        }
      }
      value = RawValue.list(RawValue.Kind.TEXT, items, line, cell + 1);
    }
    value.order = cell;
    value.consumed = (consumed & (1L << index)) != 0;
    return value;
  }

  boolean containsKey(String path) {
    if (cells != null) {
      int index = table.indexOf(path);
      if (index >= 0) {
        return (present & (1L << index)) != 0;
      }
    }
    return get(path) != null;
  }

  void put(String path, RawValue value) {
    put(table.indexOf(path), path, value);
  }

  /** Puts the value of column {@code index} ({@code -1}: no column), read under {@code path}. */
  void put(int index, String path, RawValue value) {
    value.order = count++;
    if (index >= 0) {
      if (byColumn == null) {
        byColumn = new RawValue[table.columns().size()];
      }
      byColumn[index] = value;
    } else {
      if (others == null) {
        others = new LinkedHashMap<>();
      }
      others.put(path, value);
    }
  }

  /** Whether any value's path starts with {@code prefix}. */
  boolean anyStartsWith(String prefix) {
    for (int i = 0; i < table.columns().size(); i++) {
      boolean has = cells != null ? (present & (1L << i)) != 0 : byColumn != null && byColumn[i] != null;
      if (has && table.columns().get(i).path().startsWith(prefix)) {
        return true;
      }
    }
    return others != null && others.keySet().stream().anyMatch(path -> path.startsWith(prefix));
  }

  /** Whether every value was read by a binder (the common case, checked without sorting). */
  boolean allConsumed() {
    if (cells != null) {
      return (present & ~consumed) == 0;
    }
    if (byColumn != null) {
      for (RawValue value : byColumn) {
        if (value != null && !value.consumed) {
          return false;
        }
      }
    }
    return others == null || others.values().stream().allMatch(value -> value.consumed);
  }

  /** The values, by path, in input order. */
  List<Map.Entry<String, RawValue>> inOrder() {
    List<Map.Entry<String, RawValue>> entries = new ArrayList<>();
    for (int i = 0; i < table.columns().size(); i++) {
      RawValue value = valueAt(i);
      if (value != null) {
        entries.add(Map.entry(table.columns().get(i).path(), value));
      }
    }
    if (others != null) {
      others.forEach((path, value) -> entries.add(Map.entry(path, value)));
    }
    entries.sort((a, b) -> Integer.compare(a.getValue().order, b.getValue().order));
    return entries;
  }
}
