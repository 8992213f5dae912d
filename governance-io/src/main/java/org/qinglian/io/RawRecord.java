package org.qinglian.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qinglian.validation.SourceLocation;

/** A record as read: its values by path, in input order, and where it starts. */
final class RawRecord {

  final Table table;
  final SourceLocation location;
  final Map<String, RawValue> values = new LinkedHashMap<>();

  RawRecord(Table table, SourceLocation location) {
    this.table = table;
    this.location = location;
  }
}
