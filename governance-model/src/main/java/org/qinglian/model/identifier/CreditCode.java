package org.qinglian.model.identifier;

import java.util.Optional;

/**
 * 统一社会信用代码 — a unified social credit code after GB 32100-2015.
 *
 * <p>Eighteen characters over {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (I, O, Z, S and V are
 * never used): character 1 the {@linkplain RegistrationAuthority registration authority},
 * character 2 the {@linkplain EntityCategory category}, characters 3–8 the division code at
 * registration (historical, so not checked against today's divisions), characters 9–17 the
 * organisation code of GB 11714-1997 with its own check character, character 18 the check
 * character over the first seventeen (weights 3<sup>i−1</sup> mod 31).
 *
 * <p>Instances keep the text exactly as received. {@link #of(String)} accepts only valid
 * codes; {@link #lenient(String)} keeps any text so that a validator can say what is wrong
 * with it through {@link #check()}.
 */
public final class CreditCode {

  /** The 31 characters of the code alphabet; a character's value is its index. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private final String text;
  private final CreditCodeCheck check;

  private CreditCode(String text) {
    this.text = text;
    this.check = checkText(text);
  }

  /**
   * A valid credit code.
   *
   * @param text eighteen characters
   * @return the credit code
   * @throws InvalidIdentifierException when either check fails or the text is malformed
   */
  public static CreditCode of(String text) {
    CreditCode code = lenient(text);
    if (code.check != CreditCodeCheck.VALID) {
      throw new InvalidIdentifierException("credit code '" + text + "' is not valid: " + code.check);
    }
    return code;
  }

  /**
   * {@return a credit code holding any text as it is; see {@link #check()}}
   *
   * @param text any text
   */
  public static CreditCode lenient(String text) {
    if (text == null) {
      throw new NullPointerException("credit code text");
    }
    return new CreditCode(text);
  }

  /**
   * Builds a valid code from its parts, computing both check characters.
   *
   * @return the code
   * @param registration characters 1–2, authority and category (for example {@code "91"})
   * @param division the six-digit division code at registration
   * @param organizationBody the eight characters of the organisation code before its check
   * @throws InvalidIdentifierException when a part has the wrong length or characters
   */
  public static CreditCode compose(String registration, String division, String organizationBody) {
    if (registration.length() != 2 || division.length() != 6 || organizationBody.length() != 8) {
      throw new InvalidIdentifierException("credit code parts must have 2, 6 and 8 characters");
    }
    String organization = organizationBody + organizationCheckCharacter(organizationBody);
    String first17 = registration + division + organization;
    return of(first17 + checkCharacter(first17));
  }

  /**
   * The check character (character 18) for the first seventeen characters.
   *
   * @param first17 the first seventeen characters
   * @return the check character
   * @throws InvalidIdentifierException when {@code first17} is not 17 alphabet characters
   */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17) {
      throw new InvalidIdentifierException("expected 17 characters, found " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = ALPHABET.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new InvalidIdentifierException(
            "character '" + first17.charAt(i) + "' at position " + (i + 1) + " is not in the credit code alphabet");
      }
      sum += value * WEIGHTS[i];
    }
    int c = 31 - sum % 31;
    return ALPHABET.charAt(c == 31 ? 0 : c);
  }

  /**
   * The GB 11714 check character for the eight body characters of an organisation code:
   * weights 3, 7, 9, 10, 5, 8, 4, 2; {@code 11 − Σ mod 11}, with 10 written {@code X} and
   * 11 written {@code 0}.
   *
   * @param body the eight body characters
   * @return the check character
   */
  public static char organizationCheckCharacter(String body) {
    if (body.length() != 8) {
      throw new InvalidIdentifierException("expected 8 characters, found " + body.length());
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += organizationValue(body.charAt(i)) * ORGANIZATION_WEIGHTS[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }

  /** {@return the code exactly as given} */
  public String text() {
    return text;
  }

  /** {@return the outcome of both checks} */
  public CreditCodeCheck check() {
    return check;
  }

  /** {@return whether both checks hold} */
  public boolean isValid() {
    return check == CreditCodeCheck.VALID;
  }

  /** {@return the authority named by character 1, when the code is well formed and the character known} */
  public Optional<RegistrationAuthority> authority() {
    return check == CreditCodeCheck.MALFORMED ? Optional.empty() : RegistrationAuthority.of(text.charAt(0));
  }

  /** {@return the category named by characters 1–2, when well formed and known} */
  public Optional<EntityCategory> category() {
    return check == CreditCodeCheck.MALFORMED ? Optional.empty() : EntityCategory.ofPrefix(text.substring(0, 2));
  }

  /** {@return characters 3–8, the division at registration time, when well formed} */
  public Optional<String> registrationDivision() {
    return check == CreditCodeCheck.MALFORMED ? Optional.empty() : Optional.of(text.substring(2, 8));
  }

  /** {@return characters 9–17, the GB 11714 organisation code, when well formed} */
  public Optional<String> organizationCode() {
    return check == CreditCodeCheck.MALFORMED ? Optional.empty() : Optional.of(text.substring(8, 17));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CreditCode && ((CreditCode) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The code as given (credit codes are public registration data). */
  @Override
  public String toString() {
    return text;
  }

  private static CreditCodeCheck checkText(String text) {
    if (text.length() != 18) {
      return CreditCodeCheck.MALFORMED;
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(text.charAt(i)) < 0) {
        return CreditCodeCheck.MALFORMED;
      }
    }
    if (checkCharacter(text.substring(0, 17)) != text.charAt(17)) {
      return CreditCodeCheck.CHECK_CHARACTER_MISMATCH;
    }
    // Characters 3–8 are the six-digit division code of registration (GB 32100-2015, 4.3).
    for (int i = 2; i < 8; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return CreditCodeCheck.MALFORMED;
      }
    }
    if (organizationCheckCharacter(text.substring(8, 16)) != text.charAt(16)) {
      return CreditCodeCheck.ORGANIZATION_CODE_MISMATCH;
    }
    return CreditCodeCheck.VALID;
  }

  private static int organizationValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    throw new InvalidIdentifierException("character '" + c + "' is not allowed in an organisation code");
  }
}
