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
