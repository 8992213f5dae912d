package org.qinglian.model.location;

import org.qinglian.model.location.SourceLocation;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * 来源位置 — where in its source a record or value was read: file, line and column (CSV,
 * JSON), JSON pointer (JSON), or workbook, sheet, row and column (Excel, shown as
 * {@code file.xlsx!清廉单元!C7}). Any part may be unknown; a dataset built in memory has
 * only pointers ({@code /units/3}).
 */
public final class SourceLocation {

  private static final SourceLocation UNKNOWN = new SourceLocation(null, null, 0, 0, null);

  private final String file;
  private final String sheet;
  private final long line;
  private final long column;
  private final String pointer;

  private SourceLocation(String file, String sheet, long line, long column, String pointer) {
    this.file = file;
    this.sheet = sheet;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
  }

  /** {@return a location nothing is known of} */
  public static SourceLocation unknown() {
    return UNKNOWN;
  }

  /**
   * A position in a file.
   *
   * @param file the file's name as it should be shown
   * @return the location
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   */
  public static SourceLocation inFile(String file, long line, long column) {
    return new SourceLocation(Objects.requireNonNull(file, "file"), null, Math.max(0, line), Math.max(0, column), null);
  }

  /**
   * A cell (or row) of a workbook's sheet.
   *
   * @param file the workbook's name as it should be shown
   * @param sheet the sheet's name
   * @return the location
   * @param row 1-based row, or 0 when unknown
   * @param column 1-based column (A is 1), or 0 when unknown
   */
  public static SourceLocation inSheet(String file, String sheet, long row, long column) {
    return new SourceLocation(Objects.requireNonNull(file, "file"), Objects.requireNonNull(sheet, "sheet"),
        Math.max(0, row), Math.max(0, column), null);
  }

  /**
   * {@return the same file (and sheet) at another line (row) and column, without a pointer}
   *
   * @param line the 1-based line (row), or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   */
  public SourceLocation at(long line, long column) {
    return file == null ? this : new SourceLocation(file, sheet, Math.max(0, line), Math.max(0, column), null);
  }

  /**
   * {@return a JSON pointer (RFC 6901) into a document, for example {@code /units/3/name}}
   *
   * @param pointer the pointer, such as {@code /units/3/name}
   */
  public static SourceLocation atPointer(String pointer) {
    return new SourceLocation(null, null, 0, 0, Objects.requireNonNull(pointer, "pointer"));
  }

  /**
   * {@return this location with a JSON pointer}
   *
   * @param pointer the pointer, such as {@code /units/3/name}
   */
  public SourceLocation withPointer(String pointer) {
    return new SourceLocation(file, sheet, line, column, Objects.requireNonNull(pointer, "pointer"));
  }

  /** {@return the file name or path, as the reader was given it} */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** {@return the sheet of a workbook ({@link #line()} is then the row)} */
  public Optional<String> sheet() {
    return Optional.ofNullable(sheet);
  }

  /** {@return the cell in A1 notation ({@code C7}), for a location in a sheet with row and column} */
  public Optional<String> cell() {
    return sheet != null && line > 0 && column > 0 ? Optional.of(columnName(column) + line) : Optional.empty();
  }

  /**
   * {@return the column's letters: {@code 1} → {@code A}, {@code 27} → {@code AA}}
   *
   * @param column a 1-based column number
   */
  public static String columnName(long column) {
    StringBuilder name = new StringBuilder();
    for (long n = column; n > 0; n = (n - 1) / 26) {
      name.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return name.toString();
  }

  /** {@return the 1-based line} */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /** {@return the 1-based column} */
  public OptionalLong column() {
    return column > 0 ? OptionalLong.of(column) : OptionalLong.empty();
  }

  /** {@return the JSON pointer} */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SourceLocation)) {
      return false;
    }
    SourceLocation other = (SourceLocation) o;
    return line == other.line && column == other.column && Objects.equals(file, other.file)
        && Objects.equals(sheet, other.sheet) && Objects.equals(pointer, other.pointer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, sheet, line, column, pointer);
  }

  /**
   * {@code file:line:column pointer}, or {@code file!sheet!C7} ({@code file!sheet!7} for a
   * row), leaving out what is unknown.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (sheet != null) {
      text.append(file).append('!').append(sheet);
      if (line > 0) {
        text.append('!').append(column > 0 ? columnName(column) : "").append(line);
      }
    } else if (file != null) {
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
