package org.qinglian.model.identifier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 公民身份号码 — a citizen identity number after GB 11643-1999: a six-digit address code,
 * an eight-digit birth date, a three-digit sequence and a check character (ISO 7064
 * MOD 11-2: weights 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2; Σ mod 11 indexes
 * {@code 10X98765432}). The address code's province must exist in GB/T 2260. A 15-digit
 * first-generation number and an 18-digit number ending in a lower-case {@code x} have
 * verdicts of their own ({@link ResidentIdCheck#FIRST_GENERATION},
 * {@link ResidentIdCheck#LOWER_CASE_X}) and an {@linkplain #upgraded() 18-digit form}.
 *
 * <p><strong>Personal data</strong> (《个人信息保护法》 art. 28, sensitive personal
 * information): {@link #toString()} and every message of this class show only the
 * {@linkplain #masked() masked} form. The full number is available only through
 * {@link #unmaskedText()}, which the exchange writers call because a receiving platform
 * needs it.
 */
public final class ResidentId {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1850, 1, 1);

  private final String text;
  private final ResidentIdCheck check;

  private ResidentId(String text) {
    this.text = text;
    this.check = checkText(text);
  }

  /**
   * A valid resident id.
   *
   * @param text eighteen characters: seventeen digits and a check character
   * @return the resident id
   * @throws InvalidIdentifierException when it is not valid; the message masks the number
   */
  public static ResidentId of(String text) {
    ResidentId id = lenient(text);
    if (id.check != ResidentIdCheck.VALID) {
      throw new InvalidIdentifierException("resident id " + id.masked() + " is not valid: " + id.check);
    }
    return id;
  }

  /**
   * {@return a resident id holding any text as it is; see {@link #check()}}
   *
   * @param text any text
   */
  public static ResidentId lenient(String text) {
    if (text == null) {
      throw new NullPointerException("resident id text");
    }
    return new ResidentId(text);
  }

  /**
   * The check character for the first seventeen digits.
   *
   * @param first17 the first seventeen digits
   * @return the check character, a digit or {@code X}
   * @throws InvalidIdentifierException when {@code first17} is not seventeen digits
   */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17 || !allDigits(first17, 0, 17)) {
      throw new InvalidIdentifierException("expected 17 digits");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /** {@return the outcome of the checks} */
  public ResidentIdCheck check() {
    return check;
  }

  /** {@return whether the number is valid} */
  public boolean isValid() {
    return check == ResidentIdCheck.VALID;
  }

  /** {@return the birth date in characters 7–14, when it is a real date} */
  public Optional<LocalDate> birthDate() {
    return parseBirthDate(text);
  }

  /**
   * The full number. Call it only where the full number must leave the process (an
   * exchange file for the receiving platform), never for logs or reports.
   *
   * @return the full number
   */
  public String unmaskedText() {
    return text;
  }

  /**
   * The number with all but its first three and last two characters replaced by
   * {@code *}, for example {@code 110*************2X}; a text shorter than eight characters
   * is masked whole.
   *
   * @return the masked number
   */
  public String masked() {
    return mask(text);
  }

  /**
   * Masks any text as {@link #masked()} does; for texts that may hold a resident id.
   *
   * @param text any text
   * @return the text masked
   */
  public static String mask(String text) {
    int length = text.length();
    if (length < 8) {
      return "*".repeat(length);
    }
    return text.substring(0, 3) + "*".repeat(length - 5) + text.substring(length - 2);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResidentId && ((ResidentId) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The masked form: never the full number. */
  @Override
  public String toString() {
    return masked();
  }

  private static ResidentIdCheck checkText(String text) {
    if (text.length() == 15 && allDigits(text, 0, 15)) {
      if (!Provinces.known(text, 0)) {
        return ResidentIdCheck.ADDRESS_UNKNOWN;
      }
      return parseBirthDate(text).isPresent() ? ResidentIdCheck.FIRST_GENERATION : ResidentIdCheck.BIRTH_DATE_INVALID;
    }
    if (text.length() != 18 || !allDigits(text, 0, 17)) {
      return ResidentIdCheck.MALFORMED;
    }
    char last = text.charAt(17);
    if (!(last >= '0' && last <= '9') && last != 'X' && last != 'x') {
      return ResidentIdCheck.MALFORMED;
    }
    if (!Provinces.known(text, 0)) {
      return ResidentIdCheck.ADDRESS_UNKNOWN;
    }
    if (parseBirthDate(text).isEmpty()) {
      return ResidentIdCheck.BIRTH_DATE_INVALID;
    }
    if (checkCharacter(text.substring(0, 17)) != Character.toUpperCase(last)) {
      return ResidentIdCheck.CHECK_CHARACTER_MISMATCH;
    }
    return last == 'x' ? ResidentIdCheck.LOWER_CASE_X : ResidentIdCheck.VALID;
  }

  /**
   * The 18-digit form of a first-generation number (century 19 inserted before the birth
   * date, check character computed, GB 11643-1999) or of a number written with a lower-case
   * {@code x}; empty for any other verdict but {@link ResidentIdCheck#VALID}, which gives
   * this number.
   *
   * @return the upgraded number, if there is one
   */
  public Optional<ResidentId> upgraded() {
    switch (check) {
      case VALID:
        return Optional.of(this);
      case LOWER_CASE_X:
        return Optional.of(new ResidentId(text.substring(0, 17) + "X"));
      case FIRST_GENERATION:
        String first17 = text.substring(0, 6) + "19" + text.substring(6, 15);
        return Optional.of(new ResidentId(first17 + checkCharacter(first17)));
      default:
        return Optional.empty();
    }
  }

  /**
   * The numbers are issued in China: “today” is Beijing time's (UTC+8, no daylight saving), not the
   * machine's zone — which also spares a run loading the time-zone database (about 7 ms at start).
   * Counted from the epoch's milliseconds: {@code LocalDate.now(offset)} makes a clock and the
   * offset's rules, with a concurrent map, for every id read.
   */
  private static LocalDate todayInBeijing() {
    return dayInBeijing(System.currentTimeMillis());
  }

  /** The date in Beijing at {@code epochMillis} (milliseconds since 1970-01-01T00:00Z). */
  static LocalDate dayInBeijing(long epochMillis) {
    return LocalDate.ofEpochDay(Math.floorDiv(epochMillis + 8 * 3_600_000L, 86_400_000L));
  }

  private static Optional<LocalDate> parseBirthDate(String text) {
    // 18 digits: YYYYMMDD at 7–14; a first-generation 15-digit number: YYMMDD at 7–12, in the 1900s.
    boolean first = text.length() == 15;
    if (!(text.length() == 18 || first) || !allDigits(text, 6, first ? 12 : 14)) {
      return Optional.empty();
    }
    try {
      // The digits were checked above: read in place, without a substring each.
      int year = first ? 1900 + number(text, 6, 8) : number(text, 6, 10);
      int at = first ? 8 : 10;
      LocalDate date = LocalDate.of(year, number(text, at, at + 2), number(text, at + 2, at + 4));
      boolean plausible = !date.isBefore(EARLIEST_BIRTH) && !date.isAfter(todayInBeijing());
      return plausible ? Optional.of(date) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The decimal number the ASCII digits of {@code text} from {@code from} to {@code to} spell. */
  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
