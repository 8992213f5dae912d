package org.qinglian.io;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qinglian.model.RecordType;
import org.qinglian.validation.SourceLocation;

/**
 * 读取问题 — something a reader could not read or did not know: {@code PARSE_ERROR} (with
 * argument {@code detail}: what was expected and what was found), {@code UNKNOWN_FIELD}
 * (argument {@code field}) or {@code FIELD_REQUIRED}, always with its location.
 */
public final class ReadIssue {

  private final String code;
  private final SourceLocation location;
  private final Optional<RecordType> recordType;
  private final Optional<String> path;
  private final Map<String, String> arguments;

  ReadIssue(String code, SourceLocation location, Optional<RecordType> recordType, Optional<String> path,
      Map<String, String> arguments) {
    this.code = Objects.requireNonNull(code);
    this.location = Objects.requireNonNull(location);
    this.recordType = recordType;
    this.path = path;
    this.arguments = Map.copyOf(arguments);
  }

  public String code() {
    return code;
  }

  public SourceLocation location() {
    return location;
  }

  public Optional<RecordType> recordType() {
    return recordType;
  }

  public Optional<String> path() {
    return path;
  }

  /** {@code detail} for parse errors, {@code field} for unknown fields. */
  public Map<String, String> arguments() {
    return arguments;
  }

  @Override
  public String toString() {
    return code + " @ " + location + path.map(p -> " " + p).orElse("") + " " + arguments;
  }
}
