package org.qinglian.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Writes a {@link Flat} record as a JSON object, nesting dotted paths as the table declares. */
final class JsonRecordWriter {

  private JsonRecordWriter() {}

  /**
   * Writes the fields of {@code flat} under {@code prefix} (for example {@code header.}) as
   * the members of the object the generator has open, then the extensions.
   */
  static void writeFields(JsonGenerator out, Table table, Flat flat, String prefix) throws IOException {
    List<String> open = new ArrayList<>();
    Set<String> listsWritten = new HashSet<>();
    for (Column column : table.columns()) {
      if (!column.path().startsWith(prefix)) {
        continue;
      }
      String relative = column.path().substring(prefix.length());
      Optional<String> objectList = column.objectList();
      if (objectList.isPresent()) {
        if (listsWritten.add(objectList.get()) && hasAny(table, flat, objectList.get())) {
          String list = objectList.get().substring(prefix.length());
          moveTo(out, open, parents(list));
          writeObjectList(out, table, flat, objectList.get(), leaf(list));
        }
        continue;
      }
      Flat.Value value = flat.values.get(column.path());
      if (value == null) {
        continue;
      }
      moveTo(out, open, parents(relative));
      out.writeFieldName(leaf(relative));
      write(out, value);
    }
    moveTo(out, open, List.of());
    for (var extension : flat.extensions.entrySet()) {
      out.writeFieldName(extension.getKey());
      writeJson(out, extension.getValue());
    }
  }

  /** Writes JSON text as it is when well formed, else as a string, so the output stays JSON. */
  static void writeJson(JsonGenerator out, String json) throws IOException {
    if (Json.isValue(json)) {
      try (JsonParser parser = Json.writeFactory().createParser(json)) {
        parser.nextToken();
        out.copyCurrentStructure(parser);
      }
    } else {
      out.writeString(json);
    }
  }

  private static boolean hasAny(Table table, Flat flat, String objectList) {
    return table.columns().stream().anyMatch(c -> c.objectList().equals(Optional.of(objectList))
        && flat.values.containsKey(c.path()));
  }

  private static void writeObjectList(JsonGenerator out, Table table, Flat flat, String objectList, String name)
      throws IOException {
    List<Column> fields = new ArrayList<>();
    int size = 0;
    for (Column column : table.columns()) {
      if (column.objectList().equals(Optional.of(objectList))) {
        fields.add(column);
        Flat.Value value = flat.values.get(column.path());
        size = Math.max(size, value == null ? 0 : value.items().size());
      }
    }
    out.writeArrayFieldStart(name);
    for (int i = 0; i < size; i++) {
      out.writeStartObject();
      for (Column column : fields) {
        Flat.Value value = flat.values.get(column.path());
        if (value != null && i < value.items().size()) {
          out.writeFieldName(column.leaf());
          scalar(out, value.kind(), value.items().get(i));
        }
      }
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static void write(JsonGenerator out, Flat.Value value) throws IOException {
    if (value.isList()) {
      out.writeStartArray();
      for (String item : value.items()) {
        scalar(out, value.kind(), item);
      }
      out.writeEndArray();
    } else {
      scalar(out, value.kind(), value.text());
    }
  }

  private static void scalar(JsonGenerator out, Flat.Kind kind, String text) throws IOException {
    switch (kind) {
      case NUMBER:
        out.writeNumber(text);
        break;
      case BOOLEAN:
        out.writeBoolean(Boolean.parseBoolean(text));
        break;
      default:
        out.writeString(text);
    }
  }

  /** Closes and opens nested objects so that {@code target} is the open path. */
  private static void moveTo(JsonGenerator out, List<String> open, List<String> target) throws IOException {
    int common = 0;
    while (common < open.size() && common < target.size() && open.get(common).equals(target.get(common))) {
      common++;
    }
    while (open.size() > common) {
      out.writeEndObject();
      open.remove(open.size() - 1);
    }
    for (int i = common; i < target.size(); i++) {
      out.writeObjectFieldStart(target.get(i));
      open.add(target.get(i));
    }
  }

  private static List<String> parents(String relative) {
    List<String> segments = new ArrayList<>(List.of(relative.split("\\.")));
    segments.remove(segments.size() - 1);
    return segments;
  }

  private static String leaf(String relative) {
    return relative.substring(relative.lastIndexOf('.') + 1);
  }

  /** Decodes a JSON string literal; other JSON text comes back as it is. */
  static String textOf(String json) {
    try (JsonParser parser = Json.writeFactory().createParser(json)) {
      if (parser.nextToken() == JsonToken.VALUE_STRING) {
        String text = parser.getText();
        if (parser.nextToken() == null) {
          return text;
        }
      }
    } catch (IOException e) {
      // not JSON: keep the text
    }
    return json;
  }
}
