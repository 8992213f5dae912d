package org.qinglian.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.location.SourceLocation;

/**
 * Reads one JSON object into a {@link RawRecord}: known nested objects flatten to dotted
 * paths, known lists to items, lists of objects to parallel lists; anything unknown is
 * copied as JSON text so that it can be kept.
 */
class JsonRecordParser {

  private final String file;
  // Paths are map keys: reuse one String per (prefix, name) so its hash is computed once.
  private final Map<String, Map<String, String>> paths = new java.util.HashMap<>();

  JsonRecordParser(String file) {
    this.file = file;
  }

  /** Maps a token's location to its column in UTF-16 code units (see {@link Utf16Columns}). */
  interface Columns {
    int column(JsonLocation at);
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

  private String path(String prefix, String name) {
    if (prefix.isEmpty()) {
      return name;
    }
    Map<String, String> byName = paths.computeIfAbsent(prefix, p -> new java.util.HashMap<>());
    String path = byName.get(name);
    if (path == null) {
      path = prefix + name;
      if (byName.size() < 256) {
        byName.put(name, path);
      }
    }
    return path;
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

  /** The parser is on {@code START_OBJECT}; reads to its {@code END_OBJECT}. */
  void readObject(JsonParser parser, RawRecord record, String prefix, String skipTopLevelField) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      if (name.equals(skipTopLevelField)) {
        parser.skipChildren();
        continue;
      }
      String path = path(prefix, name);
      boolean known = record.table.byPath(path).isPresent() || record.table.isObject(path)
          || record.table.isObjectList(path);
      if (token == JsonToken.VALUE_NULL && known) {
        continue; // null means absent
      }
      JsonLocation at = parser.currentTokenLocation();
      long line = line(at);
      int column = column(at);
      if (!known) {
        // Kept exactly, by its pointer, to be written back where it was.
        String pointer = prefix.replace('.', '/') + Json.segment(name);
        String json = Json.isScalar(token) || token == JsonToken.VALUE_NULL ? Json.scalarJson(parser)
            : Json.copyValue(parser);
        record.unknown.put(pointer, RawValue.scalar(RawValue.Kind.RAW, json, line, column));
      } else if (Json.isScalar(token)) {
        record.values.put(path, RawValue.scalar(kind(token), parser.getText(), line, column));
      } else if (token == JsonToken.START_OBJECT && record.table.isObject(path)) {
        readObject(parser, record, path(path, "."), null);
      } else if (token == JsonToken.START_ARRAY && record.table.isObjectList(path)) {
        readObjectList(parser, record, path);
      } else if (token == JsonToken.START_ARRAY && isListColumn(record.table, path)) {
        readList(parser, record, path, line, column);
      } else {
        record.values.put(path, RawValue.scalar(RawValue.Kind.RAW, Json.copyValue(parser), line, column));
      }
    }
  }

  private static boolean isListColumn(Table table, String path) {
    return table.byPath(path).map(Column::list).orElse(false);
  }

  private void readList(JsonParser parser, RawRecord record, String path, long line, int column) throws IOException {
    List<String> items = new ArrayList<>();
    RawValue.Kind kind = RawValue.Kind.STRING;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (!Json.isScalar(token)) {
        // Not a list of values: keep the whole array as it is, for the binder to refuse.
        parser.skipChildren();
        record.values.put(path, RawValue.scalar(RawValue.Kind.RAW, "[…]", line, column));
        skipRest(parser);
        return;
      }
      items.add(parser.getText());
      kind = kind(token);
    }
    record.values.put(path, RawValue.list(kind, items, line, column));
  }

  private static void skipRest(JsonParser parser) throws IOException {
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        parser.skipChildren();
      }
    }
  }

  /** A list of objects becomes one list per field; a missing field is a {@code null} item. */
  private void readObjectList(JsonParser parser, RawRecord record, String path) throws IOException {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    Map<String, JsonLocation> locations = new LinkedHashMap<>();
    for (Column column : record.table.columns()) {
      if (column.objectList().equals(Optional.of(path))) {
        fields.put(column.path(), new ArrayList<>());
      }
    }
    JsonLocation listLocation = parser.currentTokenLocation();
    int index = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      String itemPointer = path.replace('.', '/') + "/" + index;
      if (token != JsonToken.START_OBJECT) {
        JsonLocation at = parser.currentTokenLocation();
        String json = Json.isScalar(token) || token == JsonToken.VALUE_NULL ? Json.scalarJson(parser)
            : Json.copyValue(parser);
        record.unknown.put(itemPointer, RawValue.scalar(RawValue.Kind.RAW, json, line(at), column(at)));
        fields.values().forEach(list -> list.add(null));
        index++;
        continue;
      }
      Map<String, String> item = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        String fieldPath = path + "." + name;
        if (fields.containsKey(fieldPath) && Json.isScalar(value)) {
          item.put(fieldPath, parser.getText());
          locations.putIfAbsent(fieldPath, parser.currentTokenLocation());
        } else if (fields.containsKey(fieldPath) && value == JsonToken.VALUE_NULL) {
          continue; // null means absent
        } else if (fields.containsKey(fieldPath)) {
          // A known field of the wrong shape: the binder reports it where it stands.
          JsonLocation at = parser.currentTokenLocation();
          record.values.put(path + "[" + index + "]." + name, RawValue.scalar(RawValue.Kind.RAW,
              Json.copyValue(parser), line(at), column(at)));
        } else {
          JsonLocation at = parser.currentTokenLocation();
          String json = Json.isScalar(value) || value == JsonToken.VALUE_NULL ? Json.scalarJson(parser)
              : Json.copyValue(parser);
          record.unknown.put(itemPointer + "/" + Json.segment(name),
              RawValue.scalar(RawValue.Kind.RAW, json, line(at), column(at)));
        }
      }
      for (Map.Entry<String, List<String>> field : fields.entrySet()) {
        field.getValue().add(item.get(field.getKey()));
      }
      index++;
    }
    for (Map.Entry<String, List<String>> field : fields.entrySet()) {
      if (!field.getValue().isEmpty()) {
        JsonLocation at = locations.getOrDefault(field.getKey(), listLocation);
        record.values.put(field.getKey(),
            RawValue.list(RawValue.Kind.STRING, field.getValue(), line(at), column(at)));
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
