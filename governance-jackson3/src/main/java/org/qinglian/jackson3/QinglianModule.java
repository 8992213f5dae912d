package org.qinglian.jackson3;

import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import java.io.StringWriter;
import java.util.function.Function;
import org.qinglian.io.JsonBindings;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.codelist.CodeLists;
import org.qinglian.model.codelist.Coded;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.identifier.ResidentId;
import org.qinglian.model.unit.UnitCategory;
import org.qinglian.model.unit.UnitCategoryCatalogue;
import org.qinglian.report.ReportJson;
import org.qinglian.validation.Issue;
import org.qinglian.validation.ValidationReport;

/**
 * 清廉 Jackson 3 模块 — teaches a Jackson 3 {@code ObjectMapper} the exchange's wire format:
 * every record type, the header, declared totals and whole datasets read and write exactly
 * as an exchange file carries them (the JSON {@code ExchangeWriter} writes, unknown fields
 * kept, numbers as written); division codes, credit codes and resident ids as their text,
 * kept as given (lenient) for the validator to judge; code values as their codes (reading
 * also their Chinese labels); {@link ValidationReport} and {@link Issue} as
 * {@code docs/report.schema.json} describes them. A value that cannot be read fails with
 * Jackson's own exception, its message naming the field by JSON pointer.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new QinglianModule()).build();
 * Unit unit = mapper.readValue(body, Unit.class);
 * }</pre>
 */
public final class QinglianModule extends SimpleModule {

  private static final long serialVersionUID = 1L;
  private static final JsonFactory TEXT = new JsonFactory();

  /** The module, with every type registered. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public QinglianModule() {
    super("qinglian", Version.unknownVersion());
    for (JsonBindings.Wire<?> wire : JsonBindings.objects()) {
      addObject((JsonBindings.Wire) wire);
    }
    addSerializer(GovernanceRecord.class, new JsonText<>(GovernanceRecord.class, org.qinglian.io.ExchangeJson::write));
    addSerializer(ValidationReport.class, new JsonText<>(ValidationReport.class, ReportJson::report));
    addSerializer(Issue.class, new JsonText<>(Issue.class, ReportJson::issue));
    addText(DivisionCode.class, DivisionCode::text, DivisionCode::lenient);
    addText(CreditCode.class, CreditCode::text, CreditCode::lenient);
    addText(ResidentId.class, ResidentId::unmaskedText, ResidentId::lenient);
    addText(UnitCategory.class, UnitCategory::code, text -> UnitCategoryCatalogue.standard().find(text)
        .orElseGet(() -> UnitCategory.unlisted(text)));
    for (Class<? extends Enum<?>> codes : CodeLists.enumerations()) {
      addCodes((Class) codes);
    }
  }

  private <T> void addObject(JsonBindings.Wire<T> wire) {
    addSerializer(wire.type(), new JsonText<>(wire.type(), wire.write()));
    addDeserializer(wire.type(), new FromJsonText<>(wire.type(), wire.read()));
  }

  private <T> void addText(Class<T> type, Function<T, String> write, Function<String, T> read) {
    addSerializer(type, new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator out, SerializationContext provider) {
        out.writeString(write.apply(value));
      }
    });
    addDeserializer(type, new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
          return context.reportInputMismatch(this, "expected text (a JSON string) for a %s", type.getSimpleName());
        }
        return read.apply(parser.getText());
      }
    });
  }

  private <E extends Enum<E> & Coded> void addCodes(Class<E> type) {
    addText(type, Coded::code, text -> CodeLists.find(type, text).orElseThrow(() ->
        new IllegalArgumentException(text + " is not a code of " + type.getSimpleName())));
  }

  /**
   * Writes a value's exchange JSON token by token (numbers as their text, never through a double).
   *
   * @param <T> the value's type
   */
  private static final class JsonText<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> write;

    JsonText(Class<T> type, Function<T, String> write) {
      super(type);
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext provider) {
      try (JsonParser parser = TEXT.createParser(ObjectReadContext.empty(), write.apply(value))) {
        parser.nextToken();
        copy(parser, out);
      }
    }
  }

  /**
   * Reads a value from its exchange JSON, taken token by token from the parser.
   *
   * @param <T> the value's type
   */
  private static final class FromJsonText<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> read;

    FromJsonText(Class<T> type, Function<String, T> read) {
      super(type);
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        return context.reportInputMismatch(this, "expected a JSON object for a %s", handledType().getSimpleName());
      }
      StringWriter text = new StringWriter();
      try (JsonGenerator out = TEXT.createGenerator(ObjectWriteContext.empty(), text)) {
        copy(parser, out);
      }
      try {
        return read.apply(text.toString());
      } catch (IllegalArgumentException e) {
        return context.reportInputMismatch(this, "%s", e.getMessage());
      }
    }
  }

  /** Copies the current value, numbers as their text. */
  static void copy(JsonParser parser, JsonGenerator out) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        out.writeStartObject();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          out.writeName(parser.currentName());
          parser.nextToken();
          copy(parser, out);
        }
        out.writeEndObject();
        break;
      case START_ARRAY:
        out.writeStartArray();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          copy(parser, out);
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
}
