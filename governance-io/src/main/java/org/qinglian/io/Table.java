package org.qinglian.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.RecordType;
import org.qinglian.model.codelist.Coded;

/**
 * The schema of one record list (or of the dataset header and totals), declared once and
 * used by the JSON and CSV readers and writers, the JSON Schema and the format docs.
 */
final class Table {

  private final Optional<RecordType> recordType;
  private final String csvFile;
  private final String jsonLinesType;
  private final List<Column> columns;
  private final Map<String, Column> byHeader = new HashMap<>();
  /**
   * Each column's index by its path, in an open-addressed table of the interned paths: the binders ask for every
   * value by its path (some fifteen a record), and a look-up here is a slot and an identity, where a
   * {@code HashMap} follows a node and unboxes an {@code Integer}.
   */
  private final String[] pathSlots;
  private final int[] indexSlots;
  /** By object prefix ({@code ""}, {@code "rectification."}): what each member name there is. */
  private final Map<String, Map<String, Member>> members = new HashMap<>();
  /** By list of objects ({@code followUps}): its fields, in column order. */
  private final Map<String, List<Member>> listFields = new HashMap<>();

  /**
   * What a JSON member name means at one level of this table: a column (its index), a nested
   * object (read under {@link #childPrefix}), a list of objects (whose fields are read under
   * {@link #childPrefix}) — resolved once here, so a reader looks each name up once.
   *
   * @param path the dotted path, the very string the readers use as a key
   * @param column the column's index, or {@code -1} for an object or a list of objects
   * @param childPrefix {@code path + "."}, made once
   * @param bit its own bit among the members of its level, for telling a name given twice
   */
  record Member(String path, int column, boolean object, boolean objectList, boolean listColumn, String childPrefix,
      int bit) {}

  private Table(Optional<RecordType> recordType, String csvFile, String jsonLinesType, List<Column> columns) {
    this.recordType = recordType;
    this.csvFile = csvFile;
    this.jsonLinesType = jsonLinesType;
    this.columns = List.copyOf(columns);
    if (columns.size() > Long.SIZE) { // a row's values keep a bit per column (RawValues)
      throw new IllegalStateException("more than 64 columns in " + csvFile);
    }
    Map<String, Integer> indexByPath = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      // Paths and member names interned, as Jackson interns the names it reads and Java the binders'
      // literal paths: a look-up then meets its key by identity and compares no characters.
      require(indexByPath.put(column.path().intern(), i) == null, "path " + column.path());
      require(byHeader.put(column.csvName(), column) == null, "column " + column.csvName());
      require(byHeader.put(column.chineseHeader(), column) == null, "header " + column.chineseHeader());
      addMembers(column, i);
      // Loops, not lambdas: the tables are declared at start, where each lambda costs its linking.
      if (column.objectList().isPresent()) {
        String list = column.objectList().get();
        List<Member> fields = listFields.get(list);
        if (fields == null) {
          fields = new ArrayList<>();
          listFields.put(list, fields);
        }
        fields.add(members.get(list + ".").get(column.leaf()));
      }
    }
    for (Map.Entry<String, List<Member>> entry : listFields.entrySet()) {
      entry.setValue(List.copyOf(entry.getValue()));
    }
    int capacity = Integer.highestOneBit(Math.max(4, columns.size() * 4) - 1) << 1;
    pathSlots = new String[capacity];
    indexSlots = new int[capacity];
    for (Map.Entry<String, Integer> entry : indexByPath.entrySet()) {
      int slot = entry.getKey().hashCode() & (capacity - 1);
      while (pathSlots[slot] != null) {
        slot = (slot + 1) & (capacity - 1);
      }
      pathSlots[slot] = entry.getKey();
      indexSlots[slot] = entry.getValue();
    }
  }

  private void addMembers(Column column, int index) {
    String[] segments = column.path().split("\\.");
    String prefix = "";
    for (int s = 0; s < segments.length; s++) {
      String name = segments[s].intern();
      String path = (prefix + name).intern();
      boolean leaf = s == segments.length - 1;
      Map<String, Member> level = members.get(prefix);
      if (level == null) {
        level = new HashMap<>();
        members.put(prefix, level);
      }
      Member old = level.get(name);
      boolean objectList = !leaf && column.objectList().equals(Optional.of(path)) || old != null && old.objectList();
      boolean object = !leaf && !objectList || old != null && old.object();
      int columnIndex = leaf ? index : old == null ? -1 : old.column();
      boolean listColumn = leaf ? column.list() : old != null && old.listColumn();
      int bit = old != null ? old.bit() : level.size();
      if (bit >= Long.SIZE) {
        throw new IllegalStateException("more than 64 members under " + prefix + " in " + csvFile);
      }
      level.put(name, new Member(path, columnIndex, object, objectList, listColumn,
          old != null ? old.childPrefix() : (path + ".").intern(), bit));
      prefix = level.get(name).childPrefix();
    }
  }

  /** The members a JSON object may have under {@code prefix} ({@code ""}: the record's own); empty for none. */
  Map<String, Member> members(String prefix) {
    return members.getOrDefault(prefix, Map.of());
  }

  /** The fields of the list of objects at {@code path} ({@code followUps}), in column order. */
  List<Member> listFields(String path) {
    return listFields.getOrDefault(path, List.of());
  }

  /** The index of the column at {@code path} in {@link #columns()}, or {@code -1}. */
  int indexOf(String path) {
    int mask = pathSlots.length - 1;
    for (int slot = path.hashCode() & mask; pathSlots[slot] != null; slot = (slot + 1) & mask) {
      String key = pathSlots[slot];
      if (key == path || key.equals(path)) {
        return indexSlots[slot];
      }
    }
    return -1;
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("declared twice: " + what);
    }
  }

  Optional<RecordType> recordType() {
    return recordType;
  }

  String csvFile() {
    return csvFile;
  }

  /** The {@code type} member of this table's lines in JSON Lines. */
  String jsonLinesType() {
    return jsonLinesType;
  }

  List<Column> columns() {
    return columns;
  }

  Optional<Column> byPath(String path) {
    int index = indexOf(path);
    return index < 0 ? Optional.empty() : Optional.of(columns.get(index));
  }

  /** The column whose CSV header (English, any case, or Chinese) is {@code header}. */
  Optional<Column> byHeader(String header) {
    Column column = byHeader.get(header);
    return column != null ? Optional.of(column) : Optional.ofNullable(byHeader.get(header.toLowerCase(Locale.ROOT)));
  }

  /** Whether {@code path} names a list of objects ({@code followUps}). */
  boolean isObjectList(String path) {
    return listFields.containsKey(path);
  }

  /** Builds a table column by column. */
  static final class Builder {
    private final Optional<RecordType> recordType;
    private final String csvFile;
    private final String jsonLinesType;
    private final List<Column> columns = new ArrayList<>();
    private String prefixToDrop = "";

    Builder(Optional<RecordType> recordType, String csvFile, String jsonLinesType) {
      this.recordType = recordType;
      this.csvFile = csvFile;
      this.jsonLinesType = jsonLinesType;
    }

    /** Paths under {@code prefix} lose it in their CSV column name (the header's fields). */
    Builder csvDropsPrefix(String prefix) {
      this.prefixToDrop = prefix;
      return this;
    }

    Builder required(String path, String zh, ValueType type) {
      return add(path, zh, type, true, false, null, null);
    }

    Builder optional(String path, String zh, ValueType type) {
      return add(path, zh, type, false, false, null, null);
    }

    Builder requiredCode(String path, String zh, Class<? extends Coded> codes) {
      return add(path, zh, ValueType.CODE, true, false, codes, null);
    }

    Builder optionalCode(String path, String zh, Class<? extends Coded> codes) {
      return add(path, zh, ValueType.CODE, false, false, codes, null);
    }

    Builder list(String path, String zh, ValueType type, boolean required) {
      return add(path, zh, type, required, true, null, null);
    }

    Builder codeList(String path, String zh, Class<? extends Coded> codes) {
      return add(path, zh, ValueType.CODE, false, true, codes, null);
    }

    /** A field of the objects of list {@code objectList}, stored as a parallel list. */
    Builder objectListField(String objectList, String field, String zh, ValueType type, Class<? extends Coded> codes) {
      return add(objectList + "." + field, zh, type, true, true, codes, objectList);
    }

    private Builder add(String path, String zh, ValueType type, boolean required, boolean list,
        Class<? extends Coded> codes, String objectList) {
      String csvPath = path.startsWith(prefixToDrop) ? path.substring(prefixToDrop.length()) : path;
      columns.add(new Column(path, Column.snake(csvPath), zh, type, required, list,
          Optional.ofNullable(codes), Optional.ofNullable(objectList)));
      return this;
    }

    Table build() {
      return new Table(recordType, csvFile, jsonLinesType, columns);
    }
  }
}
