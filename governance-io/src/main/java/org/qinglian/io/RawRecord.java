package org.qinglian.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qinglian.model.location.SourceLocation;

/**
 * A record as read: its values by path, in input order, and where it starts. Locations of
 * single values are made from the record's only when an issue needs one.
 */
final class RawRecord {

  final Table table;
  final SourceLocation location;
  final Map<String, RawValue> values = new LinkedHashMap<>();
  /**
   * What the format does not define, exactly as read: JSON text by JSON pointer relative to
   * the record without the leading slash ({@code note}, {@code producer/contact},
   * {@code followUps/0/remark}; a member name's own {@code /} and {@code ~} escaped as in
   * RFC 6901). These become the record's extensions.
   */
  final Map<String, RawValue> unknown = new LinkedHashMap<>();
  /** The JSON pointer of the record, or {@code null} for CSV. */
  private final String pointer;
  /** Dropped from paths before they become pointers (a JSON Lines header line has no "header"). */
  private final String pathPrefixToDrop;

  RawRecord(Table table, SourceLocation location) {
    this(table, location, location.pointer().orElse(null), "");
  }

  RawRecord(Table table, SourceLocation location, String pointer, String pathPrefixToDrop) {
    this.table = table;
    this.location = location;
    this.pointer = pointer;
    this.pathPrefixToDrop = pathPrefixToDrop;
  }

  /** Where an unknown value, kept under {@code key} (a pointer without its leading slash), stands. */
  SourceLocation locateUnknown(RawValue value, String key) {
    SourceLocation at = SourceLocation.inFile(location.file().orElse(""), value.line, value.column);
    if (pointer == null) {
      return at;
    }
    String drop = pathPrefixToDrop.replace('.', '/');
    return at.withPointer(pointer + "/" + (key.startsWith(drop) ? key.substring(drop.length()) : key));
  }

  /** Where {@code value}, read for {@code path}, stands. */
  SourceLocation locate(RawValue value, String path) {
    if (value == null) {
      return location;
    }
    SourceLocation at = SourceLocation.inFile(location.file().orElse(""), value.line, value.column);
    if (pointer == null) {
      return at;
    }
    String relative = path.startsWith(pathPrefixToDrop) ? path.substring(pathPrefixToDrop.length()) : path;
    return at.withPointer(pointer + "/" + relative.replace('.', '/').replace("[", "/").replace("]", ""));
  }
}
