package org.qinglian.model.identifier;

import java.util.Optional;

/**
 * 行政区划代码 — an administrative division code: six digits after GB/T 2260
 * ({@code PP0000} province, {@code PPCC00} city, {@code PPCCXX} county) or twelve digits
 * after the national statistics bureau's 统计用区划代码 (county six + township three +
 * village three).
 *
 * <p>The level is derived from the code: the first all-zero segment ends it. A segment
 * after a zero segment must be zero too ({@code 420012} is not a code), and the province
 * segment must lie in {@code 11}–{@code 89}.
 *
 * <p>Instances keep the text exactly as received so that nothing is lost when a file is
 * converted. {@link #of(String)} accepts only valid codes; {@link #lenient(String)} keeps
 * any text so that a validator can report it, and {@link #isValid()} tells which.
 * Codes are not checked against a list of divisions in force: divisions are renamed and
 * merged every year, and old records keep their old codes.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

  private final String text;
  private final Optional<DivisionLevel> level;
  private final String problem;

  private DivisionCode(String text) {
    this.text = text;
    this.problem = findProblem(text);
    this.level = problem == null ? Optional.of(deriveLevel(text)) : Optional.empty();
  }

  /**
   * A valid division code.
   *
   * @throws InvalidIdentifierException when {@code text} is not a valid 6- or 12-digit code
   */
  public static DivisionCode of(String text) {
    DivisionCode code = new DivisionCode(requireText(text));
    if (!code.isValid()) {
      throw new InvalidIdentifierException(
          "division code '" + text + "' is not valid: " + code.problem);
    }
    return code;
  }

  /** Any text, kept as it is; check {@link #isValid()} before using the derived parts. */
  public static DivisionCode lenient(String text) {
    return new DivisionCode(requireText(text));
  }

  /** Whether {@code text} is a valid division code. */
  public static boolean isValid(String text) {
    return findProblem(text) == null;
  }

  /** The code exactly as given. */
  public String text() {
    return text;
  }

  /** Whether this code is well formed. */
  public boolean isValid() {
    return problem == null;
  }

  /** What is wrong with this code, in English; empty when it is valid. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** The level; empty for an invalid code. */
  public Optional<DivisionLevel> level() {
    return level;
  }

  /**
   * The division one level up, in the same length (six or twelve digits); empty for a
   * province or an invalid code.
   */
  public Optional<DivisionCode> parent() {
    if (level.isEmpty() || level.get() == DivisionLevel.PROVINCE) {
      return Optional.empty();
    }
    DivisionLevel up = DivisionLevel.values()[level.get().ordinal() - 1];
    return Optional.of(new DivisionCode(padZeros(text.substring(0, up.significantDigits()), text.length())));
  }

  /**
   * Whether {@code other} lies inside this division (or is this division): its code
   * extends the significant digits of this one. Six- and twelve-digit codes compare with
   * each other, so {@code 420102} contains {@code 420102001001}. Invalid codes contain
   * nothing and lie in nothing.
   */
  public boolean contains(DivisionCode other) {
    if (level.isEmpty() || other.level.isEmpty()) {
      return false;
    }
    int digits = level.get().significantDigits();
    return other.level.get().significantDigits() >= digits
        && other.text.regionMatches(0, text, 0, digits);
  }

  /** The six-digit county (or higher) part, the GB/T 2260 code; empty for an invalid code. */
  public Optional<DivisionCode> countyPart() {
    return isValid() ? Optional.of(new DivisionCode(text.substring(0, 6))) : Optional.empty();
  }

  @Override
  public int compareTo(DivisionCode other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DivisionCode && ((DivisionCode) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The code as given. */
  @Override
  public String toString() {
    return text;
  }

  private static String requireText(String text) {
    if (text == null) {
      throw new NullPointerException("division code text");
    }
    return text;
  }

  private static String padZeros(String prefix, int length) {
    return prefix + "0".repeat(length - prefix.length());
  }

  private static String findProblem(String text) {
    int length = text.length();
    if (length != 6 && length != 12) {
      return "expected 6 or 12 digits, found " + length + " characters";
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return "expected only digits, found '" + c + "' at position " + (i + 1);
      }
    }
    if (text.charAt(0) == '0' || text.charAt(0) == '9' || text.charAt(1) == '0') {
      return "province segment '" + text.substring(0, 2) + "' is not in 11-89";
    }
    boolean zeroSeen = false;
    int[] bounds = {2, 4, 6, 9, 12};
    for (int s = 1; s < bounds.length && bounds[s] <= length; s++) {
      boolean zero = isZero(text, bounds[s - 1], bounds[s]);
      if (zeroSeen && !zero) {
        return "segment at positions " + (bounds[s - 1] + 1) + "-" + bounds[s]
            + " follows a zero segment and must be zero";
      }
      zeroSeen |= zero;
    }
    return null;
  }

  private static DivisionLevel deriveLevel(String text) {
    DivisionLevel result = DivisionLevel.PROVINCE;
    for (DivisionLevel candidate : DivisionLevel.values()) {
      int from = candidate == DivisionLevel.PROVINCE ? 0 : DivisionLevel.values()[candidate.ordinal() - 1].significantDigits();
      int to = candidate.significantDigits();
      if (to > text.length() || isZero(text, from, to)) {
        break;
      }
      result = candidate;
    }
    return result;
  }

  private static boolean isZero(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }
}
