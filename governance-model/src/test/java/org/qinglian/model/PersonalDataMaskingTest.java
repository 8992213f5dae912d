package org.qinglian.model;

import org.qinglian.model.fixtures.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.qinglian.model.accountability.ImmutablePersonSubject;
import org.qinglian.model.identifier.InvalidIdentifierException;
import org.qinglian.model.identifier.ResidentId;

/** No toString, exception message or violation of the model prints a resident id in full, nor a name. */
class PersonalDataMaskingTest {

  private static final String INVALID_ID = "110105194912310021";

  private static void assertNoPersonalData(String text) {
    for (String secret : List.of(Fixtures.RESIDENT_ID, INVALID_ID, "19491231", Fixtures.PERSON_NAME)) {
      assertFalse(text.contains(secret), () -> "'" + secret + "' leaked in: " + text);
    }
  }

  @Test
  void toStringMasksResidentIdsAndNames() {
    ResidentId id = ResidentId.of(Fixtures.RESIDENT_ID);
    assertEquals("110*************2X", id.toString());
    assertEquals(id.masked(), id.toString());
    assertNoPersonalData(Fixtures.person().toString());
    assertNoPersonalData(Fixtures.action().toString());
    assertNoPersonalData(Fixtures.dataset().toString());
    assertTrue(Fixtures.person().toString().contains("name=***"), Fixtures.person().toString());
  }

  @Test
  void exceptionMessagesMaskResidentIds() {
    InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> ResidentId.of(INVALID_ID));
    assertNoPersonalData(e.getMessage());
    assertTrue(e.getMessage().contains("110*************21"), e.getMessage());
  }

  @Test
  void shortTextsAreMaskedWhole() {
    assertEquals("*******", ResidentId.mask("1234567"));
    assertEquals("", ResidentId.mask(""));
  }

  @Test
  void violationsOfAnInvalidIdDoNotPrintIt() {
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
        .buildValidatorFactory()) {
      var subject = ImmutablePersonSubject.copyOf(Fixtures.person()).withResidentId(ResidentId.lenient(INVALID_ID));
      var violations = factory.getValidator().validate(subject);
      assertEquals(1, violations.size());
      var violation = violations.iterator().next();
      assertNoPersonalData(violation.toString());
      assertNoPersonalData(violation.getMessage());
      assertNoPersonalData(String.valueOf(violation.getInvalidValue()));
      assertNoPersonalData(String.valueOf(violation.getLeafBean()));
    }
  }

  @Test
  void theFullNumberIsAvailableOnlyOnRequest() {
    assertEquals(Fixtures.RESIDENT_ID, Fixtures.person().getResidentId().orElseThrow().unmaskedText());
    assertEquals(Fixtures.PERSON_NAME, Fixtures.person().getName().orElseThrow());
  }
}
