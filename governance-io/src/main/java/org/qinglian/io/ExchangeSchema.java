package org.qinglian.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qinglian.model.RecordType;
import org.qinglian.model.accountability.OrganizationSubject;
import org.qinglian.model.accountability.PersonSubject;
import org.qinglian.model.accountability.SubjectType;
import org.qinglian.model.codelist.Coded;
import org.qinglian.model.constraint.RecordId;
import org.qinglian.model.unit.UnitCategory;
import org.qinglian.model.unit.UnitCategoryCatalogue;

/**
 * 交换格式 JSON Schema — the JSON Schema (draft 2020-12) of the exchange document, generated
 * from the same table declarations the readers and writers use, for producers in other
 * languages. It accepts what the reader accepts (codes and Chinese labels, numbers as JSON
 * numbers or decimal strings) and allows unknown members, which the reader keeps.
 */
public final class ExchangeSchema {

  /** Nested objects that may be left out as a whole. */
  private static final Set<String> OPTIONAL_OBJECTS = Set.of("demonstration", "declaredTotals.personsHandledByForm");

  private ExchangeSchema() {}

  /** {@return the schema as pretty-printed JSON text} */
  public static String json() {
    try {
      StringWriter text = new StringWriter();
      try (JsonGenerator out = Json.writeFactory().createGenerator(text)) {
        out.useDefaultPrettyPrinter();
        write(out);
      }
      return text.toString().replace("\r\n", "\n") + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
    out.writeStringField("$id", "urn:qinglian:exchange:1.0");
    out.writeStringField("title", "Qinglian exchange document, format 1.0 (清廉建设数据交换格式)");
    out.writeStringField("type", "object");
    out.writeArrayFieldStart("required");
    out.writeString("header");
    out.writeEndArray();
    out.writeObjectFieldStart("properties");
    ref(out, "header", "header");
    ref(out, "declaredTotals", "declaredTotals");
    for (RecordType type : RecordType.values()) {
      out.writeObjectFieldStart(type.jsonName());
      out.writeStringField("description", type.simplifiedLabel());
      out.writeStringField("type", "array");
      out.writeObjectFieldStart("items");
      out.writeStringField("$ref", "#/$defs/" + Tables.of(type).jsonLinesType());
      out.writeEndObject();
      out.writeEndObject();
    }
    out.writeEndObject();
    out.writeObjectFieldStart("$defs");
    out.writeFieldName("header");
    object(out, Tables.DATASET, "header.", "数据集头");
    out.writeFieldName("declaredTotals");
    object(out, Tables.DATASET, "declaredTotals.", "汇总");
    for (RecordType type : RecordType.values()) {
      out.writeFieldName(Tables.of(type).jsonLinesType());
      object(out, Tables.of(type), "", type.simplifiedLabel());
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void ref(JsonGenerator out, String name, String def) throws IOException {
    out.writeObjectFieldStart(name);
    out.writeStringField("$ref", "#/$defs/" + def);
    out.writeEndObject();
  }

  /** The object of the columns under {@code prefix}, nesting dotted paths. */
  private static void object(JsonGenerator out, Table table, String prefix, String description) throws IOException {
    List<Column> columns = new ArrayList<>();
    for (Column column : table.columns()) {
      if (column.path().startsWith(prefix)) {
        columns.add(column);
      }
    }
    objectOf(out, table, prefix, columns, description);
  }

  private static void objectOf(JsonGenerator out, Table table, String prefix, List<Column> columns, String description)
      throws IOException {
    Map<String, List<Column>> children = new LinkedHashMap<>();
    for (Column column : columns) {
      String relative = column.path().substring(prefix.length());
      int dot = relative.indexOf('.');
      children.computeIfAbsent(dot < 0 ? relative : relative.substring(0, dot), k -> new ArrayList<>()).add(column);
    }
    out.writeStartObject();
    out.writeStringField("description", description);
    out.writeStringField("type", "object");
    Set<String> required = new LinkedHashSet<>();
    out.writeObjectFieldStart("properties");
    for (var child : children.entrySet()) {
      String name = child.getKey();
      String path = prefix + name;
      List<Column> under = child.getValue();
      out.writeFieldName(name);
      if (under.size() == 1 && under.get(0).path().equals(path)) {
        Column column = under.get(0);
        if (column.required() || !prefix.isEmpty() && ModelConstraints.requiredInObject(table, path)) {
          value(out, table, column);
          required.add(name);
        } else {
          orNull(out, () -> value(out, table, column)); // JSON null means absent, as the readers take it
        }
      } else if (table.isObjectList(path)) {
        Object least = ModelConstraints.of(table, path).list().get("minItems");
        if (least != null) {
          required.add(name); // a scheme's grades: at least one
        }
        out.writeStartObject();
        out.writeStringField("type", "array");
        if (least != null) {
          out.writeNumberField("minItems", (Integer) least);
        }
        out.writeFieldName("items");
        objectOf(out, table, path + ".", under, name);
        out.writeEndObject();
      } else {
        boolean mandatory = !OPTIONAL_OBJECTS.contains(path.startsWith("header.") ? path.substring(7) : path)
            && under.stream().anyMatch(Column::required);
        if (mandatory) {
          objectOf(out, table, path + ".", under, name);
          required.add(name);
        } else {
          orNull(out, () -> objectOf(out, table, path + ".", under, name));
        }
      }
    }
    out.writeEndObject();
    if (!required.isEmpty()) {
      out.writeArrayFieldStart("required");
      for (String name : required) {
        out.writeString(name);
      }
      out.writeEndArray();
    }
    if (prefix.equals("subject.")) {
      subjectConditions(out, columns);
    } else if (prefix.isEmpty() && table.recordType().equals(Optional.of(RecordType.INDICATOR))) {
      // IndicatorRule: exactly one of unit and division gives the scope.
      out.writeArrayFieldStart("oneOf");
      for (String member : List.of("unitId", "divisionCode")) {
        out.writeStartObject();
        out.writeArrayFieldStart("required");
        out.writeString(member);
        out.writeEndArray();
        out.writeObjectFieldStart("properties");
        out.writeObjectFieldStart(member);
        out.writeStringField("type", "string");
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  /** A person subject needs what the model's person requires, an organization what it requires. */
  private static void subjectConditions(JsonGenerator out, List<Column> columns) throws IOException {
    out.writeArrayFieldStart("allOf");
    for (SubjectType type : SubjectType.values()) {
      Class<?> model = type == SubjectType.PERSON ? PersonSubject.class : OrganizationSubject.class;
      out.writeStartObject();
      out.writeObjectFieldStart("if");
      out.writeArrayFieldStart("required");
      out.writeString("type");
      out.writeEndArray();
      out.writeObjectFieldStart("properties");
      out.writeObjectFieldStart("type");
      out.writeArrayFieldStart("enum");
      for (String spelling : spellings(type)) {
        out.writeString(spelling);
      }
      out.writeEndArray();
      out.writeEndObject();
      out.writeEndObject();
      out.writeEndObject();
      out.writeObjectFieldStart("then");
      out.writeArrayFieldStart("required");
      List<String> needed = new ArrayList<>();
      for (Column column : columns) {
        String name = column.path().substring("subject.".length());
        if (!name.equals("type") && ModelConstraints.requiredOn(model, name)) {
          needed.add(name);
          out.writeString(name);
        }
      }
      out.writeEndArray();
      out.writeObjectFieldStart("properties");
      for (String name : needed) {
        out.writeObjectFieldStart(name);
        out.writeStringField("type", "string");
        out.writeEndObject();
      }
      out.writeEndObject();
      out.writeEndObject();
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private interface Part {
    void write() throws IOException;
  }

  /** {@code {"anyOf": [ part, {"type": "null"} ]}}: an optional member may be null. */
  private static void orNull(JsonGenerator out, Part part) throws IOException {
    out.writeStartObject();
    out.writeArrayFieldStart("anyOf");
    part.write();
    out.writeStartObject();
    out.writeStringField("type", "null");
    out.writeEndObject();
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void value(JsonGenerator out, Table table, Column column) throws IOException {
    ModelConstraints.Keywords model = ModelConstraints.of(table, column.path());
    out.writeStartObject();
    out.writeStringField("description", column.chineseHeader());
    // A field of a list of objects is a single value inside each object.
    if (column.list() && column.objectList().isEmpty()) {
      out.writeStringField("type", "array");
      Map<String, Object> list = new LinkedHashMap<>(model.list());
      if (column.required()) {
        list.merge("minItems", 1, (a, b) -> Math.max((Integer) a, (Integer) b));
      }
      keywords(out, list, Set.of());
      out.writeFieldName("items");
      out.writeStartObject();
      scalar(out, column);
      keywords(out, model.value(), written(column));
      out.writeEndObject();
    } else {
      scalar(out, column);
      keywords(out, model.value(), written(column));
    }
    out.writeEndObject();
  }

  /** The model's constraints, but for keywords the value type already gave. */
  private static void keywords(JsonGenerator out, Map<String, Object> keywords, Set<String> skip) throws IOException {
    for (var keyword : keywords.entrySet()) {
      if (skip.contains(keyword.getKey())) {
        continue;
      }
      out.writeFieldName(keyword.getKey());
      Object value = keyword.getValue();
      if (value instanceof java.math.BigDecimal decimal) {
        out.writeNumber(decimal.stripTrailingZeros().scale() <= 0 ? decimal.toBigInteger().toString()
            : decimal.stripTrailingZeros().toPlainString());
      } else if (value instanceof Number number) {
        out.writeNumber(number.longValue());
      } else {
        out.writeString(String.valueOf(value));
      }
    }
  }

  /** The keywords {@link #scalar} writes for a column's type. */
  private static Set<String> written(Column column) {
    switch (column.type()) {
      case ID: return Set.of("minLength", "maxLength", "pattern");
      case CATEGORY: return Set.of("minLength");
      case CODE: case BOOLEAN: return Set.of();
      case DATE_TIME: return Set.of("pattern");
      case DATE: case INTEGER: case DECIMAL: case DIVISION: case CREDIT_CODE: case RESIDENT_ID: case VERSION:
        return Set.of("pattern");
      default: return Set.of();
    }
  }

  private static void scalar(JsonGenerator out, Column column) throws IOException {
    switch (column.type()) {
      case ID:
        out.writeStringField("type", "string");
        out.writeNumberField("minLength", 1);
        out.writeNumberField("maxLength", 64);
        out.writeStringField("pattern", "^" + RecordId.PATTERN + "$");
        break;
      case CODE:
        out.writeStringField("type", "string");
        out.writeArrayFieldStart("enum");
        for (String name : spellings(column.codes().orElseThrow())) {
          out.writeString(name);
        }
        out.writeEndArray();
        break;
      case CATEGORY:
        out.writeStringField("type", "string");
        out.writeNumberField("minLength", 1);
        out.writeArrayFieldStart("examples");
        for (UnitCategory category : UnitCategoryCatalogue.standard().all()) {
          out.writeString(category.code());
        }
        out.writeEndArray();
        break;
      case DATE:
        out.writeStringField("type", "string");
        out.writeStringField("format", "date");
        out.writeStringField("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        break;
      case DATE_TIME:
        out.writeStringField("type", "string");
        out.writeStringField("format", "date-time"); // an annotation in 2020-12: the pattern asserts it
        out.writeStringField("pattern",
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})$");
        break;
      case INTEGER:
        types(out, "integer", "string");
        out.writeStringField("pattern", "^-?[0-9]+$");
        break;
      case DECIMAL:
        types(out, "number", "string");
        out.writeStringField("pattern", "^-?[0-9]+(\\.[0-9]+)?$");
        break;
      case BOOLEAN:
        out.writeStringField("type", "boolean");
        break;
      case DIVISION:
        out.writeStringField("type", "string");
        // The provinces of GB/T 2260; the segment rules are the validator's.
        out.writeStringField("pattern", "^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])[0-9]{4}([0-9]{6})?$");
        break;
      case CREDIT_CODE:
        out.writeStringField("type", "string");
        out.writeStringField("pattern", "^[0-9A-HJ-NPQRTUWXY]{18}$");
        break;
      case RESIDENT_ID:
        out.writeStringField("type", "string");
        // 18 digits (a lower-case x and 15-digit first-generation numbers are read, and warned of).
        out.writeStringField("pattern", "^([0-9]{17}[0-9Xx]|[0-9]{15})$");
        break;
      case VERSION:
        out.writeStringField("type", "string");
        out.writeStringField("pattern", "^1\\.[0-9]+$");
        break;
      default:
        out.writeStringField("type", "string");
    }
  }

  private static void types(JsonGenerator out, String... types) throws IOException {
    out.writeArrayFieldStart("type");
    for (String type : types) {
      out.writeString(type);
    }
    out.writeEndArray();
  }

  /** Every spelling the reader accepts, codes first. */
  private static List<String> spellings(Class<? extends Coded> type) {
    return spellings(type.getEnumConstants());
  }

  private static List<String> spellings(Coded... entries) {
    Set<String> names = new LinkedHashSet<>();
    Arrays.stream(entries).forEach(e -> names.add(e.code()));
    for (Coded entry : entries) {
      names.add(entry.simplifiedLabel());
      names.add(entry.traditionalLabel());
      names.addAll(entry.aliases());
    }
    return new ArrayList<>(names);
  }

}
