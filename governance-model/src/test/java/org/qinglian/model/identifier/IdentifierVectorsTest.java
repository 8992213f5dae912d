package org.qinglian.model.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The known vectors of the standards (docs/model.md) and the decoding of each identifier. */
class IdentifierVectorsTest {

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y43", "91310110666007217T"})
  void validCreditCodes(String text) {
    CreditCode code = CreditCode.of(text);
    assertEquals(CreditCodeCheck.VALID, code.check());
    assertEquals(text, code.text());
    assertEquals(Optional.of(RegistrationAuthority.MARKET_REGULATION), code.authority());
    assertEquals(Optional.of(EntityCategory.ENTERPRISE), code.category());
  }

  @Test
  void creditCodePartsDecode() {
    CreditCode code = CreditCode.of("91350100M000100Y43");
    assertEquals(Optional.of("350100"), code.registrationDivision());
    assertEquals(Optional.of("M000100Y4"), code.organizationCode());
  }

  @Test
  void finalCheckPassesButOrganizationCodeFails() {
    CreditCode code = CreditCode.lenient("123456789012345678");
    assertEquals(CreditCodeCheck.ORGANIZATION_CODE_MISMATCH, code.check());
    assertFalse(code.isValid());
    assertEquals('8', CreditCode.checkCharacter("12345678901234567"));
    assertThrows(InvalidIdentifierException.class, () -> CreditCode.of("123456789012345678"));
  }

  @ParameterizedTest
  @CsvSource({
    "91350100M000100Y44, CHECK_CHARACTER_MISMATCH",
    "91350100M000100Y4, MALFORMED",
    "91350100M000100Y4I, MALFORMED",
    "91350100m000100Y43, MALFORMED",
    "'', MALFORMED"
  })
  void brokenCreditCodes(String text, CreditCodeCheck expected) {
    assertEquals(expected, CreditCode.lenient(text).check());
    assertEquals(Optional.empty(), CreditCode.lenient("short").category());
  }

  @Test
  void composeComputesBothChecks() {
    assertEquals("91350100M000100Y43", CreditCode.compose("91", "350100", "M000100Y").text());
    assertEquals('4', CreditCode.organizationCheckCharacter("M000100Y"));
  }

  @ParameterizedTest
  @CsvSource({"11010519491231002X, 1949-12-31", "440524188001010014, 1880-01-01"})
  void validResidentIds(String text, LocalDate birth) {
    ResidentId id = ResidentId.of(text);
    assertTrue(id.isValid());
    assertEquals(Optional.of(birth), id.birthDate());
    assertEquals(text, id.unmaskedText());
  }

  @Test
  void aBirthDateUpToTodayInBeijingTimeAndNotAfter() {
    java.time.ZoneOffset beijing = java.time.ZoneOffset.ofHours(8);
    LocalDate today;
    do { // taken again should Beijing's midnight pass meanwhile
      today = LocalDate.now(beijing);
      ResidentId bornToday = ResidentId.lenient(residentId(today));
      assertEquals(ResidentIdCheck.VALID, bornToday.check(), bornToday::unmaskedText);
      assertEquals(Optional.of(today), bornToday.birthDate());
      assertEquals(ResidentIdCheck.BIRTH_DATE_INVALID, ResidentId.lenient(residentId(today.plusDays(1))).check());
      assertEquals(ResidentIdCheck.BIRTH_DATE_INVALID, ResidentId.lenient(residentId(today.plusYears(1))).check());
    } while (!today.equals(LocalDate.now(beijing)));
    assertEquals(ResidentIdCheck.VALID, ResidentId.lenient(residentId(LocalDate.of(1850, 1, 1))).check(), "the earliest");
    assertEquals(ResidentIdCheck.BIRTH_DATE_INVALID, ResidentId.lenient(residentId(LocalDate.of(1849, 12, 31))).check());
  }

  @ParameterizedTest
  @CsvSource({
    "2026-12-03T15:59:59.999Z, 2026-12-03",
    "2026-12-03T16:00:00Z, 2026-12-04",
    "2024-02-28T16:00:00Z, 2024-02-29",
    "1970-01-01T00:00:00Z, 1970-01-01",
    "1969-12-31T15:59:59.999Z, 1969-12-31",
    "1969-12-31T16:00:00Z, 1970-01-01",
    "1949-09-30T16:00:00Z, 1949-10-01"
  })
  void theDayInBeijingIsTheJdksAtUtcPlusEight(java.time.Instant instant, LocalDate day) {
    assertEquals(day, ResidentId.dayInBeijing(instant.toEpochMilli()));
    assertEquals(LocalDate.ofInstant(instant, java.time.ZoneOffset.ofHours(8)), ResidentId.dayInBeijing(instant.toEpochMilli()));
  }

  /** A Beijing resident's id (Chaoyang district, sequence 002) for a birth on {@code date}, its check by ISO 7064. */
  private static String residentId(LocalDate date) {
    String first17 = "110105" + date.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "002";
    return first17 + IndependentChecksTest.iso7064Mod112(first17);
  }

  @ParameterizedTest
  @CsvSource({
    "110105194912310021, CHECK_CHARACTER_MISMATCH",
    "11010519491331002X, BIRTH_DATE_INVALID",
    "11010518000101002X, BIRTH_DATE_INVALID",
    "11010519491231002x, LOWER_CASE_X",
    "1101051949123100, MALFORMED",
    "000000198001010021, ADDRESS_UNKNOWN",
    "990000198001010020, ADDRESS_UNKNOWN",
    "110105491231002, FIRST_GENERATION",
    "110105491331002, BIRTH_DATE_INVALID",
    "990105491231002, ADDRESS_UNKNOWN"
  })
  void brokenResidentIds(String text, ResidentIdCheck expected) {
    assertEquals(expected, ResidentId.lenient(text).check());
    assertThrows(InvalidIdentifierException.class, () -> ResidentId.of(text));
  }

  @ParameterizedTest
  @CsvSource({
    "420000, PROVINCE",
    "420100, CITY",
    "420102, COUNTY",
    "420102000000, COUNTY",
    "420102001000, TOWNSHIP",
    "420102001002, VILLAGE",
    "330822100000, TOWNSHIP"
  })
  void divisionLevels(String text, DivisionLevel level) {
    assertEquals(Optional.of(level), DivisionCode.of(text).level());
  }

  @ParameterizedTest
  @ValueSource(strings = {"42010", "4201020", "42a102", "000000", "020102", "420012", "420100001000", "420102000001", "920000"})
  void invalidDivisionCodes(String text) {
    DivisionCode code = DivisionCode.lenient(text);
    assertFalse(code.isValid());
    assertTrue(code.problem().isPresent());
    assertEquals(Optional.empty(), code.level());
    assertEquals(Optional.empty(), code.parent());
    assertThrows(InvalidIdentifierException.class, () -> DivisionCode.of(text));
  }

  @Test
  void divisionParentsAndContainment() {
    DivisionCode village = DivisionCode.of("420102001002");
    assertEquals(Optional.of(DivisionCode.of("420102001000")), village.parent());
    assertEquals(Optional.of(DivisionCode.of("420102000000")), village.parent().flatMap(DivisionCode::parent));
    assertEquals(Optional.of(DivisionCode.of("420100")), DivisionCode.of("420102").parent());
    assertEquals(Optional.of(DivisionCode.of("420000")), DivisionCode.of("420100").parent());
    assertEquals(Optional.empty(), DivisionCode.of("420000").parent());
    assertEquals(Optional.of(DivisionCode.of("420102")), village.countyPart());

    assertTrue(DivisionCode.of("420000").contains(village));
    assertTrue(DivisionCode.of("420100").contains(DivisionCode.of("420102")));
    assertTrue(DivisionCode.of("420102").contains(village));
    assertTrue(village.contains(village));
    assertFalse(village.contains(DivisionCode.of("420102")));
    assertFalse(DivisionCode.of("420100").contains(DivisionCode.of("420600")));
    assertFalse(DivisionCode.of("330000").contains(village));
    assertFalse(DivisionCode.of("420000").contains(DivisionCode.lenient("42x")));
  }
}
