package org.qinglian.model.location;

import org.qinglian.model.location.SourceLocation;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * 来源位置 — where in its source a record or value was read: file, line and column (CSV,
 * JSON) and JSON pointer (JSON). Any part may be unknown; a dataset built in memory has
 * only pointers ({@code /units/3}).
 */
public final class SourceLocation {

  private static final SourceLocation UNKNOWN = new SourceLocation(null, 0, 0, null);

  private final String file;
  private final long line;
  private final long column;
  private final String pointer;

  private SourceLocation(String file, long line, long column, String pointer) {
    this.file = file;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
  }

  /** A location nothing is known of. */
  public static SourceLocation unknown() {
    return UNKNOWN;
  }

  /**
   * A position in a file.
   *
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   */
  public static SourceLocation inFile(String file, long line, long column) {
    return new SourceLocation(Objects.requireNonNull(file, "file"), Math.max(0, line), Math.max(0, column), null);
  }

  /** A JSON pointer (RFC 6901) into a document, for example {@code /units/3/name}. */
  public static SourceLocation atPointer(String pointer) {
    return new SourceLocation(null, 0, 0, Objects.requireNonNull(pointer, "pointer"));
  }

  /** This location with a JSON pointer. */
  public SourceLocation withPointer(String pointer) {
    return new SourceLocation(file, line, column, Objects.requireNonNull(pointer, "pointer"));
  }

  /** The file name or path, as the reader was given it. */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** The 1-based line. */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /** The 1-based column. */
  public OptionalLong column() {
    return column > 0 ? OptionalLong.of(column) : OptionalLong.empty();
  }

  /** The JSON pointer. */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SourceLocation)) {
      return false;
    }
    SourceLocation other = (SourceLocation) o;
    return line == other.line && column == other.column
        && Objects.equals(file, other.file) && Objects.equals(pointer, other.pointer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, pointer);
  }

  /** {@code file:line:column pointer}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (file != null) {
      text.append(file);
      if (line > 0) {
        text.append(':').append(line);
        if (column > 0) {
          text.append(':').append(column);
        }
      }
    }
    if (pointer != null) {
      text.append(text.length() > 0 ? " " : "").append(pointer.isEmpty() ? "/" : pointer);
    }
    return text.length() == 0 ? "?" : text.toString();
  }
}
