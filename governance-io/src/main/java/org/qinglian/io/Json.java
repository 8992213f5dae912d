package org.qinglian.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.StringWriter;

/** Jackson set-up shared by the JSON readers and writers. Internal: Jackson stays out of the API. */
final class Json {

  private static final JsonFactory WRITE_FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private Json() {}

  /**
   * The factory of the limits last asked for: a factory is thread-safe and meant to be shared (its
   * table of member names lives on, so a read finds the names it met before), where a new one for
   * each read, of one record from a request body or of a file, starts that table empty.
   */
  private static volatile Shared last;

  /** A factory with the limits it enforces, read and written as one. */
  private record Shared(ReadLimits limits, JsonFactory factory) {}

  /** A factory that enforces the read limits and rejects duplicate keys; shared by reads with equal limits. */
  static JsonFactory readFactory(ReadLimits limits) {
    Shared shared = last;
    if (shared == null || shared.limits() != limits && !shared.limits().equals(limits)) {
      shared = new Shared(limits, newReadFactory(limits));
      last = shared;
    }
    return shared.factory();
  }

  private static JsonFactory newReadFactory(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  static JsonFactory writeFactory() {
    return WRITE_FACTORY;
  }

  /** {@code text} as a JSON string literal. */
  static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }

  /** Whether {@code json} is one well-formed JSON value (extensions written back must be). */
  static boolean isValue(String json) {
    try (JsonParser parser = WRITE_FACTORY.createParser(json)) {
      if (parser.nextToken() == null) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Copies the value at the parser's current token as compact JSON text, numbers exactly as
   * written ({@code 1E+2}, {@code 1.10} and a 20-digit decimal stay as they are: never through
   * a double).
   */
  static String copyValue(JsonParser parser) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = WRITE_FACTORY.createGenerator(out)) {
      copyExactly(parser, generator);
    }
    return out.toString();
  }

  /** Copies the parser's current value, and everything inside it, token by token, numbers as their text. */
  static void copyExactly(JsonParser parser, JsonGenerator out) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        out.writeStartObject();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          out.writeFieldName(parser.currentName());
          parser.nextToken();
          copyExactly(parser, out);
        }
        out.writeEndObject();
        break;
      case START_ARRAY:
        out.writeStartArray();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          copyExactly(parser, out);
        }
        out.writeEndArray();
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        out.writeNumber(parser.getText());
        break;
      case VALUE_STRING:
        out.writeString(parser.getText());
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        out.writeBoolean(token == JsonToken.VALUE_TRUE);
        break;
      case VALUE_NULL:
        out.writeNull();
        break;
      default:
        throw new IllegalStateException("not a value: " + token);
    }
  }

  /** The JSON text of the scalar at the parser's current token, exactly. */
  static String scalarJson(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case VALUE_STRING:
        return quote(parser.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return parser.getText();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      default:
        return "null";
    }
  }

  /** A member name as one JSON-pointer segment (RFC 6901): {@code ~} is {@code ~0}, {@code /} is {@code ~1}. */
  static String segment(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
  }

  /** The member name a pointer segment stands for. */
  static String unsegment(String segment) {
    return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
  }

  static boolean isScalar(JsonToken token) {
    return token.isScalarValue() && token != JsonToken.VALUE_NULL;
  }
}
