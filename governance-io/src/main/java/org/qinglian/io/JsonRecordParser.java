package org.qinglian.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qinglian.model.location.SourceLocation;

/**
 * Reads one JSON object into a {@link RawRecord}: known nested objects flatten to dotted
 * paths, known lists to items, lists of objects to parallel lists; anything unknown is
 * copied as JSON text so that it can be kept.
 */
class JsonRecordParser {

  private final String file;
  JsonRecordParser(String file) {
    this.file = file;
  }

  /** Maps a token's location to its column in UTF-16 code units (see {@link Utf16Columns}). */
  interface Columns {
    int column(JsonLocation at);

    /**
     * Whether a backslash may stand between {@code from} and {@code to}: without one, no text
     * read there holds a control character (JSON allows them only escaped), and the binder
     * need not look for one in every character. {@code true} when it cannot tell.
     */
    default boolean escapedBetween(JsonLocation from, JsonLocation to) {
      return true;
    }

    /**
     * The byte offset of the first byte before {@code to} that Jackson decodes although it is not
     * UTF-8 (RFC 3629: an overlong form, such as {@code C0 80} for NUL or {@code E0 80 AF} for
     * {@code /}, or a code point past U+10FFFF), or -1; Jackson refuses every other such byte.
     */
    default long invalidUtf8Before(JsonLocation to) {
      return -1;
    }

    /** The location of byte {@code offset}, which stands at or before {@code after}. */
    default JsonLocation locationOf(long offset, JsonLocation after) {
      return after;
    }
  }

  /** Char-based parsers (a String or Reader source) count code units already. */
  static final Columns AS_PARSED = JsonLocation::getColumnNr;

  private Columns columns = AS_PARSED;

  /** How columns are counted from here on: set for each stream of bytes the parser reads. */
  final void countColumns(Columns columns) {
    this.columns = columns;
  }

  final int column(JsonLocation at) {
    return columns.column(at);
  }

  /** The line of the file {@code at} stands on (a JSON Lines parser reads one line, which counts as its line 1). */
  long line(JsonLocation at) {
    return at.getLineNr();
  }

  /** The location of the parser's current token. */
  final SourceLocation here(JsonParser parser) {
    return locate(parser, parser.currentTokenLocation());
  }

  /** The location {@code at}, with the JSON pointer of the parser's context. */
  SourceLocation locate(JsonParser parser, JsonLocation at) {
    SourceLocation location = SourceLocation.inFile(file, line(at), column(at));
    try {
      return location.withPointer(parser.getParsingContext().pathAsPointer().toString());
    } catch (RuntimeException e) {
      return location;
    }
  }

  /**
   * The parser is on the {@code START_OBJECT} of a record; reads to its {@code END_OBJECT} and
   * notes whether its text can hold a control character at all.
   */
  void readRecord(JsonParser parser, RawRecord record, String prefix, String skipTopLevelField) throws IOException {
    readRecord(parser, record, prefix, skipTopLevelField, false);
  }

  /**
   * {@link #readRecord(JsonParser, RawRecord, String, String)} where the parser may already be past
   * {@code skipTopLevelField} (a JSON Lines line whose {@code type} was read to tell its table):
   * {@code skippedRead} says so, and a second one is then a name given twice.
   */
  void readRecord(JsonParser parser, RawRecord record, String prefix, String skipTopLevelField, boolean skippedRead)
      throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    // Names given twice are found here, a bit per known name, instead of by Jackson's set of every
    // name of every object (a tenth of reading); values kept as they are get Jackson's back (strict).
    parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    Names names = names(0);
    if (skippedRead) {
      names.once(parser, skipTopLevelField, record.table.members(prefix).get(skipTopLevelField));
    }
    readObject(parser, record, prefix, skipTopLevelField, names, 0);
    record.escaped = columns.escapedBetween(start, parser.currentLocation());
    refuseInvalidUtf8(parser);
  }

  /**
   * Stops reading, as Jackson does at the bytes it refuses, at the first byte read so far that
   * Jackson decoded although it is not UTF-8 (see {@link Columns#invalidUtf8Before}): an overlong
   * NUL or slash would otherwise pass every check as the character it imitates.
   */
  final void refuseInvalidUtf8(JsonParser parser) throws JsonParseException {
    JsonLocation here = parser.currentLocation();
    long invalid = columns.invalidUtf8Before(here);
    if (invalid >= 0) {
      throw new JsonParseException(parser, "Invalid UTF-8: an overlong form or a code point past U+10FFFF at byte "
          + invalid, columns.locationOf(invalid, here));
    }
  }

  /** The parser is on {@code START_OBJECT}; reads to its {@code END_OBJECT}. */
  private void readObject(JsonParser parser, RawRecord record, String prefix, String skipTopLevelField, Names names,
      int depth) throws IOException {
    Map<String, Table.Member> members = record.table.members(prefix);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      Table.Member member = members.get(name);
      names.once(parser, name, member);
      JsonToken token = parser.nextToken();
      if (name.equals(skipTopLevelField)) {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          strict(parser).skipChildren();
        }
        continue;
      }
      if (token == JsonToken.VALUE_NULL && member != null) {
        continue; // null means absent
      }
      JsonLocation at = parser.currentTokenLocation();
      long line = line(at);
      int column = column(at);
      if (member == null) {
        // Kept exactly, by its pointer, to be written back where it was.
        String pointer = prefix.replace('.', '/') + Json.segment(name);
        String json = Json.isScalar(token) || token == JsonToken.VALUE_NULL ? Json.scalarJson(parser)
            : Json.copyValue(strict(parser));
        record.putUnknown(pointer, RawValue.scalar(RawValue.Kind.RAW, json, line, column));
      } else if (Json.isScalar(token)) {
        record.values.put(member.column(), member.path(), RawValue.scalar(kind(token), parser.getText(), line, column));
      } else if (token == JsonToken.START_OBJECT && member.object()) {
        readObject(parser, record, member.childPrefix(), null, names(depth + 1), depth + 1);
      } else if (token == JsonToken.START_ARRAY && member.objectList()) {
        readObjectList(parser, record, member, depth + 1);
      } else if (token == JsonToken.START_ARRAY && member.listColumn()) {
        readList(parser, record, member, line, column);
      } else {
        record.values.put(member.column(), member.path(),
            RawValue.scalar(RawValue.Kind.RAW, Json.copyValue(strict(parser)), line, column));
      }
    }
  }

  private void readList(JsonParser parser, RawRecord record, Table.Member member, long line, int column)
      throws IOException {
    List<String> items = new ArrayList<>();
    RawValue.Kind kind = RawValue.Kind.STRING;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (!Json.isScalar(token)) {
        // Not a list of values: keep the whole array as it is, for the binder to refuse.
        strict(parser).skipChildren();
        record.values.put(member.column(), member.path(), RawValue.scalar(RawValue.Kind.RAW, "[…]", line, column));
        skipRest(parser);
        return;
      }
      items.add(parser.getText());
      kind = kind(token);
    }
    record.values.put(member.column(), member.path(), RawValue.list(kind, items, line, column));
  }

  private static void skipRest(JsonParser parser) throws IOException {
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        strict(parser).skipChildren();
      }
    }
  }

  /** A list of objects becomes one list per field; a missing field is a {@code null} item. */
  private void readObjectList(JsonParser parser, RawRecord record, Table.Member list, int depth) throws IOException {
    String path = list.path();
    Map<String, Table.Member> members = record.table.members(list.childPrefix());
    // The list's fields in column order, each with its items and where its first item stood.
    List<Table.Member> fields = record.table.listFields(path);
    List<List<String>> items = new ArrayList<>(fields.size());
    for (int i = 0; i < fields.size(); i++) {
      items.add(new ArrayList<>());
    }
    JsonLocation[] locations = new JsonLocation[fields.size()];
    JsonLocation listLocation = parser.currentTokenLocation();
    int index = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        JsonLocation at = parser.currentTokenLocation();
        String json = Json.isScalar(token) || token == JsonToken.VALUE_NULL ? Json.scalarJson(parser)
            : Json.copyValue(strict(parser));
        record.putUnknown(itemPointer(path, index), RawValue.scalar(RawValue.Kind.RAW, json, line(at), column(at)));
        items.forEach(field -> field.add(null));
        index++;
        continue;
      }
      String[] item = new String[fields.size()];
      Names names = names(depth);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        Table.Member member = members.get(name);
        names.once(parser, name, member);
        JsonToken value = parser.nextToken();
        int field = fieldOf(fields, member);
        if (field >= 0 && Json.isScalar(value)) {
          item[field] = parser.getText();
          if (locations[field] == null) {
            locations[field] = parser.currentTokenLocation();
          }
        } else if (field >= 0 && value == JsonToken.VALUE_NULL) {
          continue; // null means absent
        } else if (field >= 0) {
          // A known field of the wrong shape: the binder reports it where it stands.
          JsonLocation at = parser.currentTokenLocation();
          record.values.put(path + "[" + index + "]." + name, RawValue.scalar(RawValue.Kind.RAW,
              Json.copyValue(strict(parser)), line(at), column(at)));
        } else {
          JsonLocation at = parser.currentTokenLocation();
          String json = Json.isScalar(value) || value == JsonToken.VALUE_NULL ? Json.scalarJson(parser)
              : Json.copyValue(strict(parser));
          record.putUnknown(itemPointer(path, index) + "/" + Json.segment(name),
              RawValue.scalar(RawValue.Kind.RAW, json, line(at), column(at)));
        }
      }
      for (int i = 0; i < item.length; i++) {
        items.get(i).add(item[i]);
      }
      index++;
    }
    for (int i = 0; i < fields.size(); i++) {
      if (!items.get(i).isEmpty()) {
        JsonLocation at = locations[i] != null ? locations[i] : listLocation;
        record.values.put(fields.get(i).column(), fields.get(i).path(),
            RawValue.list(RawValue.Kind.STRING, items.get(i), line(at), column(at)));
      }
    }
  }

  /** {@code followUps/1}: the pointer of item {@code index} of the list at {@code path}, made only for a value kept unknown. */
  private static String itemPointer(String path, int index) {
    return path.replace('.', '/') + "/" + index;
  }

  /**
   * The place of {@code member} among {@code fields}, or -1 (also for {@code null}). By identity:
   * the table hands out one {@code Member} per path, and a record's {@code equals} costs a short
   * run its first call (java.lang.runtime.ObjectMethods spins some fifty method-handle classes).
   */
  private static int fieldOf(List<Table.Member> fields, Table.Member member) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i) == member) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The parser, with Jackson's duplicate detection back on for the object or array it stands on.
   * Only on {@code START_OBJECT} or {@code START_ARRAY}: on a scalar it would switch detection on
   * for the rest of the enclosing record, which {@link Names} already checks.
   */
  private static JsonParser strict(JsonParser parser) {
    return parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * The names of the object at {@code depth} below the record, cleared: one per depth for the
   * parser's life, not one per object (a million records make some three million objects).
   */
  private Names names(int depth) {
    if (depth >= names.length) {
      names = java.util.Arrays.copyOf(names, depth + 1);
    }
    if (names[depth] == null) {
      names[depth] = new Names();
    }
    Names cleared = names[depth];
    cleared.known = 0;
    cleared.others = null;
    return cleared;
  }

  private Names[] names = new Names[4];

  /** The names of one object read so far: a bit for each known one, a set for the others. */
  private static final class Names {
    private long known;
    private Set<String> others;

    /** Fails as Jackson's strict parser does, at the name, when {@code name} was given before. */
    void once(JsonParser parser, String name, Table.Member member) throws JsonParseException {
      boolean repeated;
      if (member != null) {
        long bit = 1L << member.bit();
        repeated = (known & bit) != 0;
        known |= bit;
      } else {
        if (others == null) {
          others = new HashSet<>();
        }
        repeated = !others.add(name);
      }
      if (repeated) {
        throw new JsonParseException(parser, "Duplicate field '" + name + "'", parser.currentTokenLocation());
      }
    }
  }

  private static RawValue.Kind kind(JsonToken token) {
    switch (token) {
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return RawValue.Kind.NUMBER;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return RawValue.Kind.BOOLEAN;
      default:
        return RawValue.Kind.STRING;
    }
  }
}
