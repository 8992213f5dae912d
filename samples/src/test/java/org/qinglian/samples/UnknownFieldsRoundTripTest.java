package org.qinglian.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.HeaderLanguage;
import org.qinglian.io.ReadIssue;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.ReadResult;
import org.qinglian.io.WriteOptions;

/**
 * Nothing unknown is lost or changed: a generated exchange with unknown fields of every JSON
 * type planted at every level — the document, the header and its producer, the declared
 * totals, records, known objects inside records, items of lists of objects — reads and
 * writes through every format (JSON, JSON Lines, CSV folder and ZIP, English and Chinese
 * headers, UTF-8 and GB18030) and back to JSON equal to what went in: numbers compared as
 * decimals, members in any order. A failure prints QuickTheories' seed.
 */
class UnknownFieldsRoundTripTest {

  private static final JsonFactory JSON = new JsonFactory();
  private static final List<String> STRINGS = List.of("plain", "12", "true", "", " 5", "[x]", "{\"a\":1}", "=1+1",
      "-3", "'quoted", "多行\n文本", "tab\there", "a|b", "\"q\"", "null", "备注 內容", "~1/0", "0012");
  private static final List<String> NUMBERS = List.of("0", "-7", "1E+2", "1.10", "12345678901234567890.123",
      "3.0e-5", "-0.50", "99999999999999999999");
  private static final List<String> NAMES = List.of("ext", "ext.dot", "ext/slash", "ext~tilde", "ext$", "ext 空格",
      "ext备注", "ext0");

  @TempDir
  Path dir;

  /** A JSON number kept as its text. */
  record Num(String text) {}

  @Test
  void unknownFieldsSurviveEveryFormat() {
    qt().withExamples(8).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
      Random random = new Random(seed);
      try {
        Path source = dir.resolve("source-" + seed + ".json");
        DatasetGenerator.of(Plan.ofSize(40 + random.nextInt(60)), seed).write(source, ExchangeFormat.JSON,
            WriteOptions.defaults());
        Map<String, Object> document = asObject(parse(Files.readString(source, StandardCharsets.UTF_8)));
        int planted = plant(document, random);
        assertTrue(planted > 10, "planted " + planted);
        Path withUnknowns = dir.resolve("in-" + seed + ".json");
        Files.writeString(withUnknowns, write(document), StandardCharsets.UTF_8);
        Charset gb18030 = Charset.forName("GB18030");
        int n = 0;
        for (ExchangeFormat format : ExchangeFormat.values()) {
          for (HeaderLanguage language : HeaderLanguage.values()) {
            for (Charset charset : List.of(StandardCharsets.UTF_8, gb18030)) {
              boolean csv = format == ExchangeFormat.CSV_FOLDER || format == ExchangeFormat.CSV_ZIP;
              if (!csv && (language != HeaderLanguage.ENGLISH || !charset.equals(StandardCharsets.UTF_8))) {
                continue;
              }
              String name = "x" + n++ + (format == ExchangeFormat.JSON ? ".json" : format == ExchangeFormat.JSON_LINES
                  ? ".jsonl" : format == ExchangeFormat.CSV_ZIP ? ".zip" : "");
              Object back = throughFormat(withUnknowns, format, language, charset, dir.resolve("s" + seed + "-" + name));
              String where = format + " " + language + " " + charset + " seed " + seed;
              assertEquals(normal(document), normal(back), where);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static Object throughFormat(Path json, ExchangeFormat format, HeaderLanguage language, Charset charset,
      Path target) throws IOException {
    ReadResult first = ExchangeReader.readDataset(json, ReadOptions.defaults());
    assertTrue(first.issues().stream().allMatch(i -> i.code().equals(ReadIssue.UNKNOWN_FIELD)), first.issues().toString());
    ExchangeWriter.write(first.dataset().orElseThrow(), target, format,
        WriteOptions.builder().headerLanguage(language).encoding(charset).build());
    ReadResult second = ExchangeReader.readDataset(target, ReadOptions.defaults());
    assertTrue(second.issues().stream().allMatch(i -> i.code().equals(ReadIssue.UNKNOWN_FIELD)),
        format + ": " + second.issues());
    Path again = target.resolveSibling(target.getFileName() + ".back.json");
    ExchangeWriter.write(second.dataset().orElseThrow(), again, ExchangeFormat.JSON, WriteOptions.defaults());
    return parse(Files.readString(again, StandardCharsets.UTF_8));
  }

  /** Plants unknown members at every level; returns how many. */
  @SuppressWarnings("unchecked")
  private static int plant(Map<String, Object> document, Random random) {
    int count = 0;
    count += plantIn(document, random);
    Map<String, Object> header = asObject(document.get("header"));
    count += plantIn(header, random) + plantIn(asObject(header.get("producer")), random);
    if (document.get("declaredTotals") != null) {
      count += plantIn(asObject(document.get("declaredTotals")), random);
    }
    for (Map.Entry<String, Object> member : document.entrySet()) {
      if (member.getKey().startsWith("ext") || !(member.getValue() instanceof List<?> list) || list.isEmpty()) {
        continue;
      }
      for (int pick = 0; pick < 3; pick++) {
        Map<String, Object> record = asObject(list.get(random.nextInt(list.size())));
        count += plantIn(record, random);
        for (Map.Entry<String, Object> field : record.entrySet()) {
          if (field.getKey().startsWith("ext")) {
            continue;
          }
          if (field.getValue() instanceof Map<?, ?> inner) {
            count += plantIn((Map<String, Object>) inner, random);   // rectification, subject, scores, weights …
          } else if (field.getValue() instanceof List<?> items && !items.isEmpty() && items.get(0) instanceof Map<?, ?>) {
            count += plantIn((Map<String, Object>) items.get(random.nextInt(items.size())), random);   // followUps, grades
          }
        }
      }
    }
    return count;
  }

  private static int plantIn(Map<String, Object> object, Random random) {
    int n = 1 + random.nextInt(2);
    for (int i = 0; i < n; i++) {
      object.put(NAMES.get(random.nextInt(NAMES.size())) + i, value(random, 0));
    }
    return n;
  }

  private static Object value(Random random, int depth) {
    switch (random.nextInt(depth > 1 ? 4 : 6)) {
      case 0: return STRINGS.get(random.nextInt(STRINGS.size()));
      case 1: return new Num(NUMBERS.get(random.nextInt(NUMBERS.size())));
      case 2: return random.nextBoolean();
      case 3: return null;
      case 4: {
        Map<String, Object> object = new LinkedHashMap<>();
        int size = random.nextInt(3);
        for (int i = 0; i < size; i++) {
          object.put("k" + i, value(random, depth + 1));
        }
        return object;
      }
      default: {
        List<Object> array = new ArrayList<>();
        int size = random.nextInt(3);
        for (int i = 0; i < size; i++) {
          array.add(value(random, depth + 1));
        }
        return array;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObject(Object value) {
    return (Map<String, Object>) value;
  }

  /** Numbers as decimals without trailing zeros; objects as they are (Map equality ignores order). */
  private static Object normal(Object value) {
    if (value instanceof Num num) {
      return new BigDecimal(num.text()).stripTrailingZeros();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new java.util.HashMap<>();
      map.forEach((k, v) -> out.put(k, normal(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(normal(v)));
      return out;
    }
    return value;
  }

  static Object parse(String json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      return read(parser);
    }
  }

  private static Object read(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.put(name, read(parser));
        }
        return object;
      }
      case START_ARRAY: {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser));
        }
        return array;
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Num(parser.getText());
      case VALUE_STRING:
        return parser.getText();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      default:
        return null;
    }
  }

  static String write(Object value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      write(generator, value);
    }
    return out.toString();
  }

  private static void write(JsonGenerator out, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.writeFieldName((String) e.getKey());
        write(out, e.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof List<?> list) {
      out.writeStartArray();
      for (Object item : list) {
        write(out, item);
      }
      out.writeEndArray();
    } else if (value instanceof Num num) {
      out.writeNumber(num.text());
    } else if (value instanceof String text) {
      out.writeString(text);
    } else if (value instanceof Boolean bool) {
      out.writeBoolean(bool);
    } else {
      out.writeNull();
    }
  }
}
