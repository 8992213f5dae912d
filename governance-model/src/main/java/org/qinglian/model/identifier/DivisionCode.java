package org.qinglian.model.identifier;

import java.util.Optional;

/**
 * 行政区划代码 — an administrative division code: six digits after GB/T 2260
 * ({@code PP0000} province, {@code PPCC00} city, {@code PPCCXX} county) or twelve digits
 * after the national statistics bureau's 统计用区划代码 (county six + township three +
 * village three).
 *
 * <p>The level is derived from the code: its last non-zero segment. A segment after a zero
 * segment must be zero too ({@code 420012} and {@code 420100001000} are not codes), with one
 * exception: the prefecture cities without a county level (东莞 4419, 中山 4420, 儋州 4604 in
 * the 2023 list) give their townships a zero county segment ({@code 441900003000} 东城街道, a township
 * whose parent is the city
 * {@code 441900}). The province segment must be a province of GB/T 2260 (11–15, 21–23,
 * 31–37, 41–46, 50–54, 61–65, 71, 81, 82).
 *
 * <p>Every code of the national statistics bureau's 2023 list (665,276 codes, 统计用区划代码)
 * is accepted at its level with its parent; {@code DivisionCodeListTest} checks them all.
 * Whether a well-formed code is in a list of divisions is the {@link DivisionCatalogue}'s
 * question.
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
   * @param text six or twelve digits
   * @return the division code
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

  /**
   * {@return a division code holding any text as it is; check {@link #isValid()} before using the derived parts}
   *
   * @param text any text
   */
  public static DivisionCode lenient(String text) {
    return new DivisionCode(requireText(text));
  }

  /**
   * {@return whether {@code text} is a valid division code}
   *
   * @param text any text
   */
  public static boolean isValid(String text) {
    return findProblem(text) == null;
  }

  /** {@return the code exactly as given} */
  public String text() {
    return text;
  }

  /** {@return whether this code is well formed} */
  public boolean isValid() {
    return problem == null;
  }

  /** {@return what is wrong with this code, in English; empty when it is valid} */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** {@return the level; empty for an invalid code} */
  public Optional<DivisionLevel> level() {
    return level;
  }

  /**
   * The division one level up, in the same length (six or twelve digits); empty for a
   * province or an invalid code.
   *
   * @return the parent division, if any
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
   *
   * @param other another division code
   * @return whether it lies inside this one
   */
  public boolean contains(DivisionCode other) {
    if (level.isEmpty() || other.level.isEmpty()) {
      return false;
    }
    int digits = level.get().significantDigits();
    return other.level.get().significantDigits() >= digits
        && other.text.regionMatches(0, text, 0, digits);
  }

  /** {@return the six-digit county (or higher) part, the GB/T 2260 code; empty for an invalid code} */
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
    if (!Provinces.known(text, 0)) {
      return "province segment '" + text.substring(0, 2) + "' is not a province of GB/T 2260";
    }
    int last = lastNonZeroSegment(text);
    for (int s = 1; s < last; s++) {
      // A city without counties leaves the county segment zero under a township.
      boolean countyLess = s == COUNTY && last >= TOWNSHIP && COUNTY_LESS_CITIES.contains(text.substring(0, 4));
      if (isZero(text, BOUNDS[s], BOUNDS[s + 1]) && !countyLess) {
        return "segment at positions " + (BOUNDS[s] + 1) + "-" + BOUNDS[s + 1]
            + " is zero but a later segment is not";
      }
    }
    return null;
  }

  private static final int[] BOUNDS = {0, 2, 4, 6, 9, 12};
  /**
   * Prefecture cities without a county level, whose townships sit right under the city
   * (统计用区划代码 2023): 东莞 4419, 中山 4420, 儋州 4604. Elsewhere a zero county segment
   * before a township is a typing error ({@code 420100001000}).
   */
  private static final java.util.Set<String> COUNTY_LESS_CITIES = java.util.Set.of("4419", "4420", "4604");
  private static final int CITY = 1;
  private static final int COUNTY = 2;
  private static final int TOWNSHIP = 3;

  /** The index of the last segment that is not all zeros (0 province … 4 village). */
  private static int lastNonZeroSegment(String text) {
    int last = 0;
    for (int s = 1; s + 1 < BOUNDS.length && BOUNDS[s + 1] <= text.length(); s++) {
      if (!isZero(text, BOUNDS[s], BOUNDS[s + 1])) {
        last = s;
      }
    }
    return last;
  }

  private static DivisionLevel deriveLevel(String text) {
    return DivisionLevel.values()[lastNonZeroSegment(text)];
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
