package org.qinglian.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    // Extensions by the pointer of the object they belong in: "" the record, "producer" a nested
    // object, "followUps/0" an item of a list of objects.
    Map<String, Map<String, String>> nested = new LinkedHashMap<>();
    for (var extension : flat.extensions.entrySet()) {
      String key = extension.getKey();
      int slash = key.lastIndexOf('/');
      nested.computeIfAbsent(slash < 0 ? "" : key.substring(0, slash), p -> new LinkedHashMap<>())
          .put(Json.unsegment(key.substring(slash + 1)), extension.getValue());
    }
    List<String> open = new ArrayList<>();
    Set<String> listsWritten = new HashSet<>();
    for (Column column : table.columns()) {
      if (!column.path().startsWith(prefix)) {
        continue;
      }
      String relative = column.path().substring(prefix.length());
      Optional<String> objectList = column.objectList();
      if (objectList.isPresent()) {
        String list = objectList.get().substring(prefix.length());
        if (listsWritten.add(objectList.get()) && (hasAny(table, flat, objectList.get()) || hasItems(nested, list))) {
          moveTo(out, open, parents(list), nested);
          writeObjectList(out, table, flat, objectList.get(), leaf(list), list.replace('.', '/'), nested);
        }
        continue;
      }
      Flat.Value value = flat.values.get(column.path());
      if (value == null) {
        continue;
      }
      moveTo(out, open, parents(relative), nested);
      out.writeFieldName(leaf(relative));
      write(out, value);
    }
    moveTo(out, open, List.of(), nested);
    // What belongs in objects that had no known member left: open them to hold it.
    for (String parent : new ArrayList<>(nested.keySet())) {
      if (!parent.isEmpty() && nested.containsKey(parent)) {
        List<String> segments = new ArrayList<>();
        for (String segment : parent.split("/")) {
          segments.add(Json.unsegment(segment));
        }
        moveTo(out, open, segments, nested);
        moveTo(out, open, List.of(), nested);
      }
    }
    writeMembers(out, nested.remove(""));
  }

  private static boolean hasItems(Map<String, Map<String, String>> nested, String list) {
    String pointer = list.replace('.', '/');
    return nested.keySet().stream().anyMatch(p -> p.equals(pointer) || p.startsWith(pointer + "/"));
  }

  private static void writeMembers(JsonGenerator out, Map<String, String> members) throws IOException {
    if (members == null) {
      return;
    }
    for (var member : members.entrySet()) {
      out.writeFieldName(member.getKey());
      writeJson(out, member.getValue());
    }
  }

  /** Writes JSON text as it is when well formed, else as a string, so the output stays JSON. */
  static void writeJson(JsonGenerator out, String json) throws IOException {
    if (Json.isValue(json)) {
      try (JsonParser parser = Json.writeFactory().createParser(json)) {
        parser.nextToken();
        Json.copyExactly(parser, out);
      }
    } else {
      out.writeString(json);
    }
  }

  private static boolean hasAny(Table table, Flat flat, String objectList) {
    return table.columns().stream().anyMatch(c -> c.objectList().equals(Optional.of(objectList))
        && flat.values.containsKey(c.path()));
  }

  private static void writeObjectList(JsonGenerator out, Table table, Flat flat, String objectList, String name,
      String pointer, Map<String, Map<String, String>> nested) throws IOException {
    List<Column> fields = new ArrayList<>();
    int size = 0;
    for (Column column : table.columns()) {
      if (column.objectList().equals(Optional.of(objectList))) {
        fields.add(column);
        Flat.Value value = flat.values.get(column.path());
        size = Math.max(size, value == null ? 0 : value.items().size());
      }
    }
    // Items that held only unknown members, or were no object at all, count too.
    for (String parent : nested.keySet()) {
      if (parent.startsWith(pointer + "/")) {
        size = Math.max(size, index(parent.substring(pointer.length() + 1)) + 1);
      }
    }
    Map<String, String> items = nested.getOrDefault(pointer, Map.of());
    for (String key : items.keySet()) {
      size = Math.max(size, index(key) + 1);
    }
    out.writeArrayFieldStart(name);
    for (int i = 0; i < size; i++) {
      String item = items.get(Integer.toString(i));
      if (item != null) {
        writeJson(out, item); // an item that was not an object, kept as it was
        continue;
      }
      out.writeStartObject();
      for (Column column : fields) {
        Flat.Value value = flat.values.get(column.path());
        if (value != null && i < value.items().size() && value.items().get(i) != null) {
          out.writeFieldName(column.leaf());
          scalar(out, value.kind(), value.items().get(i));
        }
      }
      writeMembers(out, nested.remove(pointer + "/" + i));
      out.writeEndObject();
    }
    out.writeEndArray();
    nested.remove(pointer);
  }

  private static int index(String segment) {
    int slash = segment.indexOf('/');
    String number = slash < 0 ? segment : segment.substring(0, slash);
    try {
      return Integer.parseInt(number);
    } catch (NumberFormatException e) {
      return -1;
    }
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

  /**
   * Closes and opens nested objects so that {@code target} is the open path; an object's
   * extensions are written as its last members, just before it closes.
   */
  private static void moveTo(JsonGenerator out, List<String> open, List<String> target,
      Map<String, Map<String, String>> nested) throws IOException {
    int common = 0;
    while (common < open.size() && common < target.size() && open.get(common).equals(target.get(common))) {
      common++;
    }
    while (open.size() > common) {
      List<String> pointer = new ArrayList<>();
      open.forEach(segment -> pointer.add(Json.segment(segment)));
      writeMembers(out, nested.remove(String.join("/", pointer)));
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
