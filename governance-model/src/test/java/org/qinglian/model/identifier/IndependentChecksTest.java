package org.qinglian.model.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Each check compared with a second implementation written here from the standard's
 * definition rather than from the weight tables the product uses: ISO 7064 MOD 11-2 as its
 * recursive form (GB 11643), GB 32100's weights 3^(i−1) as Horner's rule, GB 11714's weights
 * as the powers of 2 mod 11 they are, and a resident-id classifier of its own. A failure
 * prints QuickTheories' seed.
 */
class IndependentChecksTest {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static Gen<String> over(String characters, int length) {
    return lists().of(integers().between(0, characters.length() - 1)).ofSize(length)
        .map(indexes -> indexes.stream().map(i -> String.valueOf(characters.charAt(i))).collect(Collectors.joining()));
  }

  /** ISO 7064 MOD 11-2, recursive: P = (P + d) · 2 mod 11, then (12 − P) mod 11, 10 written X. */
  static char iso7064Mod112(String digits) {
    int p = 0;
    for (char c : digits.toCharArray()) {
      p = (p + (c - '0')) * 2 % 11;
    }
    int check = (12 - p) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  /** GB 32100: C18 = 31 − (Σ v_i · 3^(i−1)) mod 31, the sum by Horner's rule from the right. */
  static char gb32100(String first17) {
    int sum = 0;
    for (int i = 16; i >= 0; i--) {
      sum = (sum * 3 + ALPHABET.indexOf(first17.charAt(i))) % 31;
    }
    int c = 31 - sum;
    return ALPHABET.charAt(c == 31 ? 0 : c);
  }

  /** GB 11714: weights 3, 7, 9, 10, 5, 8, 4, 2 are 2^8 … 2^1 mod 11: Horner with factor 2. */
  static char gb11714(String body) {
    int sum = 0;
    for (char c : body.toCharArray()) {
      int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum = (sum + value) * 2 % 11;
    }
    int c = 11 - sum;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }

  @Test
  void residentIdCheckCharacter() {
    qt().forAll(over("0123456789", 17)).checkAssert(first17 ->
        assertEquals(iso7064Mod112(first17), ResidentId.checkCharacter(first17), first17));
  }

  @Test
  void creditCodeCheckCharacter() {
    qt().forAll(over(ALPHABET, 17)).checkAssert(first17 ->
        assertEquals(gb32100(first17), CreditCode.checkCharacter(first17), first17));
  }

  @Test
  void organizationCodeCheckCharacter() {
    qt().forAll(over("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 8)).checkAssert(body ->
        assertEquals(gb11714(body), CreditCode.organizationCheckCharacter(body), body));
  }

  private static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
      "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
      "64", "65", "71", "81", "82");

  /** The verdict, classified from GB 11643-1999 and GB/T 2260 without the product's code. */
  static ResidentIdCheck classify(String id) {
    boolean fifteen = id.length() == 15 && id.chars().allMatch(Character::isDigit);
    boolean eighteen = id.length() == 18 && id.substring(0, 17).chars().allMatch(Character::isDigit)
        && "0123456789Xx".indexOf(id.charAt(17)) >= 0;
    if (!fifteen && !eighteen) {
      return ResidentIdCheck.MALFORMED;
    }
    if (!PROVINCES.contains(id.substring(0, 2))) {
      return ResidentIdCheck.ADDRESS_UNKNOWN;
    }
    String date = fifteen ? "19" + id.substring(6, 12) : id.substring(6, 14);
    try {
      LocalDate born = LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(4, 6)),
          Integer.parseInt(date.substring(6, 8)));
      if (born.getYear() < 1850 || born.isAfter(LocalDate.now(java.time.ZoneOffset.ofHours(8)))) {
        return ResidentIdCheck.BIRTH_DATE_INVALID;
      }
    } catch (DateTimeException e) {
      return ResidentIdCheck.BIRTH_DATE_INVALID;
    }
    if (fifteen) {
      return ResidentIdCheck.FIRST_GENERATION;
    }
    if (iso7064Mod112(id.substring(0, 17)) != Character.toUpperCase(id.charAt(17))) {
      return ResidentIdCheck.CHECK_CHARACTER_MISMATCH;
    }
    return id.charAt(17) == 'x' ? ResidentIdCheck.LOWER_CASE_X : ResidentIdCheck.VALID;
  }

  @Test
  void residentIdVerdicts() {
    // Ids built from parts that are each sometimes wrong: a province or not, a date or not, any check.
    Gen<String> province = integers().between(0, 99).map(p -> String.format("%02d", p));
    Gen<String> date = integers().between(0, 3).zip(integers().between(1840, 2030), integers().between(0, 13),
        integers().between(0, 32), (form, y, m, d) -> String.format("%04d%02d%02d", y, m, d));
    Gen<String> check = integers().between(0, 11).map(i -> String.valueOf("0123456789Xx".charAt(i)));
    Gen<String> eighteen = province.zip(over("0123456789", 4), date, over("0123456789", 3), check,
        (p, county, d, seq, c) -> p + county + d + seq + c);
    Gen<String> fifteen = province.zip(over("0123456789", 4), date, over("0123456789", 3),
        (p, county, d, seq) -> p + county + d.substring(2) + seq);
    Gen<String> any = integers().between(0, 9).zip(eighteen, fifteen, strings().ascii().ofLengthBetween(0, 20),
        (pick, a, b, c) -> pick < 5 ? a : pick < 8 ? b : c);
    qt().withExamples(20_000).forAll(any).checkAssert(id -> assertEquals(classify(id), ResidentId.lenient(id).check(), id));
    // Valid ids found by chance are rare: make sure the valid branch is exercised too.
    qt().forAll(IdentifierGen.residentIds()).checkAssert(id ->
        assertEquals(classify(id.unmaskedText()), id.check(), id.masked()));
  }

  @Test
  void creditCodeDivisionMustBeDigits() {
    String first17 = "91XRLEGX" + "M000100Y4";
    CreditCode code = CreditCode.lenient(first17 + CreditCode.checkCharacter(first17));
    assertEquals(CreditCodeCheck.MALFORMED, code.check());
    assertEquals(java.util.Optional.empty(), code.registrationDivision());
  }
}
