package org.qinglian.validation;

import org.qinglian.model.location.SourceLocation;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qinglian.model.RecordType;

/**
 * 校验问题 — one finding of the validator: a stable rule code, its severity, the record and
 * field it concerns, where it was read, and a message in the validator's language. Personal
 * values (resident ids, person names) never appear unmasked.
 */
public final class Issue {

  private final String code;
  private final Severity severity;
  private final RecordType recordType;
  private final String recordId;
  private final String path;
  private final SourceLocation location;
  private final String message;
  private final Map<String, Object> arguments;

  Issue(String code, Severity severity, RecordType recordType, String recordId, String path,
      SourceLocation location, String message, Map<String, Object> arguments) {
    this.code = Objects.requireNonNull(code);
    this.severity = Objects.requireNonNull(severity);
    this.recordType = recordType;
    this.recordId = recordId;
    this.path = path;
    this.location = location;
    this.message = Objects.requireNonNull(message);
    this.arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
  }

  /** {@return the rule code, for example {@code REF_MISSING}} */
  public String code() {
    return code;
  }

  /** {@return the severity in force (after the validator's overrides)} */
  public Severity severity() {
    return severity;
  }

  /** {@return the type of the record concerned; empty for the header, totals and read errors} */
  public Optional<RecordType> recordType() {
    return Optional.ofNullable(recordType);
  }

  /** {@return the id of the record concerned} */
  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  /** {@return the field path inside the record, for example {@code rectification.deadline}} */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** {@return where the record (or the bad input) was read} */
  public Optional<SourceLocation> location() {
    return Optional.ofNullable(location).filter(l -> !l.equals(SourceLocation.unknown()));
  }

  /** {@return the message, in the validator's language} */
  public String message() {
    return message;
  }

  /**
   * The values the message was built from, by name, free of any language (masked where
   * personal): strings, numbers, booleans and lists of them; code list entries as their
   * codes, record types as their JSON names, dates in ISO form, and a reason as its code
   * (for example {@code "reason": "DATE_AFTER_AS_OF"}) with its own arguments beside it.
   * {@code docs/report.schema.json} lists them per rule.
   *
   * @return the arguments by name, language-free
   */
  public Map<String, Object> arguments() {
    return arguments;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Issue)) {
      return false;
    }
    Issue other = (Issue) o;
    return code.equals(other.code) && severity == other.severity && recordType == other.recordType
        && Objects.equals(recordId, other.recordId) && Objects.equals(path, other.path)
        && Objects.equals(location, other.location) && message.equals(other.message)
        && arguments.equals(other.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, recordType, recordId, path, location, message);
  }

  /** {@code ERROR REF_MISSING units/U-1 parentId @ units.csv:4:1: message}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(severity).append(' ').append(code);
    if (recordType != null) {
      text.append(' ').append(recordType.jsonName()).append('/').append(recordId == null ? "?" : recordId);
    }
    if (path != null) {
      text.append(' ').append(path);
    }
    location().ifPresent(l -> text.append(" @ ").append(l));
    return text.append(": ").append(message).toString();
  }
}
