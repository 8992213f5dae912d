package org.qinglian.io;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qinglian.model.RecordType;
import org.qinglian.model.location.SourceLocation;
import org.qinglian.model.text.MessageBundle;
import org.qinglian.model.text.Reason;

/**
 * 读取问题 — something a reader could not read or did not know: {@code PARSE_ERROR} (with
 * argument {@code reason}: a {@link Reason}, what stopped the reading), {@code FIELD_INVALID}
 * (one value; arguments {@code path}, {@code value} and {@code constraint}: a {@link Reason}
 * such as {@code DATE_EXPECTED}), {@code UNKNOWN_FIELD} (argument {@code field}) or
 * {@code FIELD_REQUIRED}, always with its location. The codes are those of the validator's
 * rules, so a validation session reports them as they are.
 */
public final class ReadIssue {

  /** The input cannot be read as the exchange format. */
  public static final String PARSE_ERROR = "PARSE_ERROR";
  /** A field or column the format does not define, kept. */
  public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
  /** A required member (the header) is missing. */
  public static final String FIELD_REQUIRED = "FIELD_REQUIRED";
  /**
   * One value cannot be read as its field (a date that is no date, a code not in its list):
   * arguments {@code path}, {@code value} (as found) and {@code constraint} (a {@link Reason}
   * saying what the field expects). The record is not built, but its id still counts.
   */
  public static final String FIELD_INVALID = "FIELD_INVALID";

  static final MessageBundle TEXTS = MessageBundle.beside(ReadIssue.class);

  private final String code;
  private final SourceLocation location;
  private final Optional<RecordType> recordType;
  private final Optional<String> path;
  private final Map<String, Object> arguments;
  private final Optional<String> recordId;

  ReadIssue(String code, SourceLocation location, Optional<RecordType> recordType, Optional<String> path,
      Map<String, ?> arguments) {
    this(code, location, recordType, Optional.empty(), path, arguments);
  }

  ReadIssue(String code, SourceLocation location, Optional<RecordType> recordType, Optional<String> recordId,
      Optional<String> path, Map<String, ?> arguments) {
    this.recordId = recordId;
    this.code = Objects.requireNonNull(code);
    this.location = Objects.requireNonNull(location);
    this.recordType = recordType;
    this.path = path;
    this.arguments = Map.copyOf(arguments);
  }

  /** A reason of the readers' bundle ({@code reason.CODE} in {@code org.qinglian.io.messages}). */
  static Reason reason(String code, Object... namesAndValues) {
    return Reason.of(TEXTS, code, namesAndValues);
  }

  /**
   * {@return the rule code: {@link #PARSE_ERROR}, {@link #FIELD_INVALID}, {@link #UNKNOWN_FIELD} or
   * {@link #FIELD_REQUIRED}}
   */
  public String code() {
    return code;
  }

  /** {@return where the problem was read} */
  public SourceLocation location() {
    return location;
  }

  /** {@return the record type concerned, if known} */
  public Optional<RecordType> recordType() {
    return recordType;
  }

  /** {@return the id of the record concerned, when it was read} */
  public Optional<String> recordId() {
    return recordId;
  }

  /** {@return the field path, if known} */
  public Optional<String> path() {
    return path;
  }

  /** {@return the arguments: {@code reason} (a {@link Reason}) for parse errors, {@code field} for unknown fields} */
  public Map<String, Object> arguments() {
    return arguments;
  }

  /** {@return the reason of a parse error, or what an invalid field expects} */
  public Optional<Reason> reason() {
    Object reason = arguments.containsKey("reason") ? arguments.get("reason") : arguments.get("constraint");
    return Optional.ofNullable(reason).filter(Reason.class::isInstance).map(Reason.class::cast);
  }

  /**
   * {@return the reason rendered in {@code locale}'s language, or empty text when there is none}
   *
   * @param locale the language wanted; zh-CN, zh-TW and English are answered
   */
  public String describe(Locale locale) {
    String reason = reason().map(r -> r.render(locale)).orElse("");
    if (code.equals(FIELD_INVALID)) {
      return path.orElse("") + " " + org.qinglian.model.text.Texts.render(arguments.get("value"), locale) + ": " + reason;
    }
    return reason;
  }

  @Override
  public String toString() {
    return code + " @ " + location + path.map(p -> " " + p).orElse("") + " " + arguments;
  }
}
