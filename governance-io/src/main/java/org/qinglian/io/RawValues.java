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
 */
final class RawValues {

  private final Table table;
  private final RawValue[] byColumn;
  private Map<String, RawValue> others;
  private int count;

  RawValues(Table table) {
    this.table = table;
    this.byColumn = new RawValue[table.columns().size()];
  }

  RawValue get(String path) {
    int index = table.indexOf(path);
    if (index >= 0) {
      return byColumn[index];
    }
    return others == null ? null : others.get(path);
  }

  boolean containsKey(String path) {
    return get(path) != null;
  }

  void put(String path, RawValue value) {
    put(table.indexOf(path), path, value);
  }

  /** Puts the value of column {@code index} ({@code -1}: no column), read under {@code path}. */
  void put(int index, String path, RawValue value) {
    value.order = count++;
    if (index >= 0) {
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
    for (int i = 0; i < byColumn.length; i++) {
      if (byColumn[i] != null && table.columns().get(i).path().startsWith(prefix)) {
        return true;
      }
    }
    return others != null && others.keySet().stream().anyMatch(path -> path.startsWith(prefix));
  }

  /** Whether every value was read by a binder (the common case, checked without sorting). */
  boolean allConsumed() {
    for (RawValue value : byColumn) {
      if (value != null && !value.consumed) {
        return false;
      }
    }
    return others == null || others.values().stream().allMatch(value -> value.consumed);
  }

  /** The values, by path, in input order. */
  List<Map.Entry<String, RawValue>> inOrder() {
    List<Map.Entry<String, RawValue>> entries = new ArrayList<>();
    for (int i = 0; i < byColumn.length; i++) {
      if (byColumn[i] != null) {
        entries.add(Map.entry(table.columns().get(i).path(), byColumn[i]));
      }
    }
    if (others != null) {
      others.forEach((path, value) -> entries.add(Map.entry(path, value)));
    }
    entries.sort((a, b) -> Integer.compare(a.getValue().order, b.getValue().order));
    return entries;
  }
}
