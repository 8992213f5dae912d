package org.qinglian.model.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Properties of the identifier checks. A failure prints QuickTheories' seed ("Seed was
 * …"); replay it with {@code mvn -pl governance-model test -DQT_SEED=<seed>}.
 */
class IdentifierPropertiesTest {

  private static final String RESIDENT_ID_CHARACTERS = "0123456789X";

  @Test
  void everyGeneratedCodePasses() {
    qt().forAll(IdentifierGen.creditCodes()).check(code -> CreditCode.lenient(code.text()).isValid());
    qt().forAll(IdentifierGen.residentIds()).check(id -> ResidentId.lenient(id.unmaskedText()).isValid());
    qt().forAll(IdentifierGen.twelveDigitDivisions()).check(code -> DivisionCode.lenient(code.text()).isValid());
  }

  /**
   * GB 32100's final check is MOD 31 with weights 3^(i−1) mod 31, all prime to 31, so every
   * substitution of one character by another of the alphabet, at any of the 18 positions,
   * changes the weighted sum mod 31: it is caught by the final check, always (rate 1).
   */
  @Test
  void everySingleSubstitutionOfACreditCodeIsCaughtByTheFinalCheck() {
    qt().forAll(IdentifierGen.creditCodes()).checkAssert(code -> {
      int tried = 0;
      int caught = 0;
      for (int position = 0; position < 18; position++) {
        for (char c : CreditCode.ALPHABET.toCharArray()) {
          if (c == code.text().charAt(position)) {
            continue;
          }
          tried++;
          if (CreditCode.lenient(replace(code.text(), position, c)).check() == CreditCodeCheck.CHECK_CHARACTER_MISMATCH) {
            caught++;
          }
        }
      }
      assertEquals(18 * 30, tried);
      assertEquals(tried, caught, "single substitutions caught by the final check");
    });
  }

  /**
   * The GB 11714 check (MOD 11, weights 3, 7, 9, 10, 5, 8, 4, 2, all prime to 11) catches a
   * substitution in the organisation body exactly when the values differ by other than a
   * multiple of 11 ({@code 0}↔{@code B}=11 slips through): the rate the algorithm guarantees,
   * asserted case by case on the inner check alone.
   */
  @Test
  void organizationCheckCatchesExactlyTheSubstitutionsItCan() {
    qt().forAll(IdentifierGen.creditCodes()).checkAssert(code -> {
      String organization = code.organizationCode().orElseThrow();
      for (int position = 0; position < 8; position++) {
        for (char c : CreditCode.ALPHABET.toCharArray()) {
          char original = organization.charAt(position);
          if (c == original) {
            continue;
          }
          String body = replace(organization.substring(0, 8), position, c);
          boolean caught = CreditCode.organizationCheckCharacter(body) != organization.charAt(8);
          boolean guaranteed = (value(c) - value(original)) % 11 != 0;
          int at = position;
          assertEquals(guaranteed, caught, () -> "substitution in " + organization + " at " + at);
        }
      }
    });
  }

  /** Adjacent transpositions among the first 17 characters always change the MOD 31 sum. */
  @Test
  void everyAdjacentTranspositionOfACreditCodeIsCaught() {
    qt().forAll(IdentifierGen.creditCodes()).checkAssert(code -> {
      String text = code.text();
      for (int i = 0; i < 16; i++) {
        if (text.charAt(i) != text.charAt(i + 1)) {
          String swapped = replace(replace(text, i, text.charAt(i + 1)), i + 1, text.charAt(i));
          assertEquals(CreditCodeCheck.CHECK_CHARACTER_MISMATCH, CreditCode.lenient(swapped).check(), swapped);
        }
      }
    });
  }

  /**
   * ISO 7064 MOD 11-2 weights of GB 11643 are all prime to 11 and digits differ by at most
   * 9, so every single substitution (digit for digit, or of the check character) is caught:
   * rate 1.
   */
  @Test
  void everySingleSubstitutionOfAResidentIdIsCaught() {
    qt().forAll(IdentifierGen.residentIds()).checkAssert(id -> {
      String text = id.unmaskedText();
      int tried = 0;
      int caught = 0;
      for (int position = 0; position < 18; position++) {
        String alphabet = position < 17 ? "0123456789" : RESIDENT_ID_CHARACTERS;
        for (char c : alphabet.toCharArray()) {
          if (c == text.charAt(position)) {
            continue;
          }
          tried++;
          if (!ResidentId.lenient(replace(text, position, c)).isValid()) {
            caught++;
          }
        }
      }
      assertEquals(17 * 9 + 10, tried);
      assertEquals(tried, caught, "single substitutions caught");
    });
  }

  @Test
  void everyAdjacentTranspositionOfAResidentIdIsCaught() {
    qt().forAll(IdentifierGen.residentIds()).checkAssert(id -> {
      String text = id.unmaskedText();
      for (int i = 0; i < 16; i++) {
        if (text.charAt(i) != text.charAt(i + 1)) {
          String swapped = replace(replace(text, i, text.charAt(i + 1)), i + 1, text.charAt(i));
          assertEquals(false, ResidentId.lenient(swapped).isValid(), () -> ResidentId.mask(swapped));
        }
      }
    });
  }

  /** A generated twelve-digit code nests under its county, city and province, and its parents chain there. */
  @Test
  void twelveDigitCodesNestUnderTheirCountyAndProvince() {
    qt().forAll(IdentifierGen.twelveDigitDivisions()).checkAssert(code -> {
      DivisionCode county = DivisionCode.of(code.text().substring(0, 6));
      DivisionCode city = DivisionCode.of(code.text().substring(0, 4) + "00");
      DivisionCode province = DivisionCode.of(code.text().substring(0, 2) + "0000");
      assertEquals(DivisionLevel.COUNTY, county.level().orElseThrow());
      assertEquals(DivisionLevel.PROVINCE, province.level().orElseThrow());
      for (DivisionCode ancestor : new DivisionCode[] {county, city, province}) {
        assertEquals(true, ancestor.contains(code), () -> ancestor + " contains " + code);
        assertEquals(false, code.contains(ancestor), () -> code + " does not contain " + ancestor);
      }
      Optional<DivisionCode> up = code.parent();
      while (up.isPresent() && up.get().level().orElseThrow().compareTo(DivisionLevel.COUNTY) > 0) {
        assertEquals(true, up.get().contains(code));
        up = up.get().parent();
      }
      assertEquals(county.text() + "000000", up.orElseThrow().text());
    });
  }

  private static String replace(String text, int position, char c) {
    return text.substring(0, position) + c + text.substring(position + 1);
  }

  private static int value(char c) {
    return Character.isDigit(c) ? c - '0' : c - 'A' + 10;
  }
}
