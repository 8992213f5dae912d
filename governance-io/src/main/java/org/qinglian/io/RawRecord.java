package org.qinglian.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qinglian.model.location.FieldLocations;
import org.qinglian.model.location.SourceLocation;

/**
 * A record as read: its values by path, in input order, and where it starts. Locations of
 * single values are made from the record's only when an issue needs one.
 */
final class RawRecord implements FieldLocations {

  final Table table;
  final SourceLocation location;
  final RawValues values;
  /**
   * What the format does not define, exactly as read: JSON text by JSON pointer relative to
   * the record without the leading slash ({@code note}, {@code producer/contact},
   * {@code followUps/0/remark}; a member name's own {@code /} and {@code ~} escaped as in
   * RFC 6901). These become the record's extensions.
   */
  private Map<String, RawValue> unknown = Map.of(); // a map only with the first: nearly every record has none

  /** Keeps an unknown value under {@code key}. */
  void putUnknown(String key, RawValue value) {
    if (unknown.isEmpty()) {
      unknown = new LinkedHashMap<>();
    }
    unknown.put(key, value);
  }

  /** The unknown values, by key, in input order. */
  Map<String, RawValue> unknown() {
    return unknown;
  }
  /**
   * Whether the record's text may hold an escape, and so a control character; {@code false}
   * only where the reader saw every byte of the record and no backslash among them (JSON) or no
   * control character (a UTF-8 CSV row).
   */
  boolean escaped = true;
  /** The JSON pointer of the record, or {@code null} for CSV. */
  private final String pointer;
  /** Dropped from paths before they become pointers (a JSON Lines header line has no "header"). */
  private final String pathPrefixToDrop;

  RawRecord(Table table, SourceLocation location) {
    this(table, location, location.pointer().orElse(null), "");
  }

  RawRecord(Table table, SourceLocation location, String pointer, String pathPrefixToDrop) {
    this.table = table;
    this.values = new RawValues(table);
    this.location = location;
    this.pointer = pointer;
    this.pathPrefixToDrop = pathPrefixToDrop;
  }

  /** Where an unknown value, kept under {@code key} (a pointer without its leading slash), stands. */
  SourceLocation locateUnknown(RawValue value, String key) {
    SourceLocation at = location.at(value.line, value.column);
    if (pointer == null) {
      return at;
    }
    String drop = pathPrefixToDrop.replace('.', '/');
    return at.withPointer(pointer + "/" + (key.startsWith(drop) ? key.substring(drop.length()) : key));
  }

  /**
   * Where the value of a validator's field path was read: {@code followUps[0].issuedDate} is
   * the value of {@code followUps.issuedDate} (its list), pointed at item 0.
   */
  @Override
  public java.util.Optional<SourceLocation> locate(String path) {
    String key = path.indexOf('[') < 0 ? path : withoutIndexes(path);
    RawValue value = values.get(key);
    if (value == null && !key.startsWith(pathPrefixToDrop)) {
      key = pathPrefixToDrop + key;
      path = pathPrefixToDrop + path;
      value = values.get(key);
    }
    if (value == null) {
      // An object (weights, period): where its first member was read, pointed at the object.
      for (Map.Entry<String, RawValue> entry : values.inOrder()) {
        if (entry.getKey().startsWith(key + ".") && entry.getValue().line > 0) {
          return java.util.Optional.of(locate(entry.getValue(), path));
        }
      }
    }
    return value == null || value.line <= 0 ? java.util.Optional.empty()
        : java.util.Optional.of(locate(value, path));
  }

  /** {@code followUps[0].issuedDate} → {@code followUps.issuedDate}, without a regular expression (hot path). */
  private static String withoutIndexes(String path) {
    StringBuilder key = new StringBuilder(path.length());
    boolean inIndex = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '[') {
        inIndex = true;
      } else if (c == ']') {
        inIndex = false;
      } else if (!inIndex) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /** Where {@code value}, read for {@code path}, stands. */
  SourceLocation locate(RawValue value, String path) {
    if (value == null) {
      return location;
    }
    SourceLocation at = location.at(value.line, value.column);
    if (pointer == null) {
      return at;
    }
    String relative = path.startsWith(pathPrefixToDrop) ? path.substring(pathPrefixToDrop.length()) : path;
    return at.withPointer(pointer + "/" + relative.replace('.', '/').replace("[", "/").replace("]", ""));
  }
}
