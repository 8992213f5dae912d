package org.qinglian.io;

import java.util.ArrayList;
import java.util.List;

/**
 * One value as read, before binding: its text (or list items) and what kind of token held
 * it, with its location. CSV gives {@link Kind#TEXT}; JSON says string, number or boolean;
 * an unknown nested JSON value is kept {@link Kind#RAW}.
 */
final class RawValue {

  enum Kind { TEXT, STRING, NUMBER, BOOLEAN, RAW }

  final Kind kind;
  final String text;
  final List<String> items;
  // Where the value stands; the SourceLocation is only made when an issue needs it.
  final long line;
  final int column;
  /** Set by the binder that reads it; what stays unread is an unknown field. */
  boolean consumed;
  /** Its place among the record's values as read (set by {@link RawValues}). */
  int order;

  private RawValue(Kind kind, String text, List<String> items, long line, int column) {
    this.kind = kind;
    this.text = text;
    this.items = items;
    this.line = line;
    this.column = column;
  }

  static RawValue scalar(Kind kind, String text, long line, int column) {
    return new RawValue(kind, text, null, line, column);
  }

  /** A list; {@code null} items stand for a missing field of an object in a list of objects. */
  static RawValue list(Kind kind, List<String> items, long line, int column) {
    return new RawValue(kind, null, items, line, column);
  }

  boolean isList() {
    return items != null;
  }

  /** The value as JSON text, for the extension map of a record. */
  String toJson() {
    if (isList()) {
      List<String> parts = new ArrayList<>();
      for (String item : items) {
        parts.add(item == null ? "null" : kind == Kind.NUMBER || kind == Kind.BOOLEAN ? item : Json.quote(item));
      }
      return "[" + String.join(",", parts) + "]";
    }
    switch (kind) {
      case NUMBER:
      case BOOLEAN:
      case RAW:
        return text;
      default:
        return Json.quote(text);
    }
  }
}
