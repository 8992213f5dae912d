package org.qinglian.model.accountability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qinglian.model.accountability.AccountabilityMeasure.*;
import static org.qinglian.model.accountability.DisciplineForm.FIRST;
import static org.qinglian.model.accountability.DisciplineForm.FOURTH;
import static org.qinglian.model.accountability.DisciplineForm.SECOND;
import static org.qinglian.model.accountability.DisciplineForm.THIRD;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.accountability.ImmutableAccountabilityAction;

/** The measure table of docs/domain.md (four forms, 问责条例 art. 8, 政务处分法 art. 8). */
class AccountabilityMeasureTest {

  @Test
  void eachMeasureAllowsTheFormsOfTheBrief() {
    Map<AccountabilityMeasure, Set<DisciplineForm>> expected = new EnumMap<>(AccountabilityMeasure.class);
    for (AccountabilityMeasure m : EnumSet.of(REMINDER_TALK, CRITICISM_EDUCATION, WRITTEN_SELF_EXAMINATION,
        CIRCULATED_CRITICISM, ADMONITION, INQUIRY)) {
      expected.put(m, EnumSet.of(FIRST));
    }
    for (AccountabilityMeasure m : EnumSet.of(PARTY_WARNING, PARTY_SERIOUS_WARNING, SUSPENSION_FOR_REVIEW,
        POST_ADJUSTMENT, ORDERED_RESIGNATION, REMOVAL_FROM_POST, GOV_WARNING, GOV_DEMERIT, GOV_MAJOR_DEMERIT)) {
      expected.put(m, EnumSet.of(SECOND));
    }
    for (AccountabilityMeasure m : EnumSet.of(PARTY_POST_REVOCATION, PARTY_PROBATION, DEMOTION, GOV_DOWNGRADE, GOV_DISMISSAL)) {
      expected.put(m, EnumSet.of(THIRD));
    }
    expected.put(PARTY_EXPULSION, EnumSet.of(THIRD, FOURTH));
    expected.put(GOV_EXPULSION, EnumSet.of(THIRD, FOURTH));
    expected.put(TRANSFER_FOR_PROSECUTION, EnumSet.of(FOURTH));
    for (AccountabilityMeasure m : EnumSet.of(ORG_INSPECTION, ORG_CIRCULATION, ORG_REORGANIZATION)) {
      expected.put(m, EnumSet.noneOf(DisciplineForm.class));
    }
    assertEquals(EnumSet.allOf(AccountabilityMeasure.class), expected.keySet(), "every measure is in the table");
    for (AccountabilityMeasure m : AccountabilityMeasure.values()) {
      assertEquals(expected.get(m), m.allowedForms(), m.code());
      for (DisciplineForm form : DisciplineForm.values()) {
        assertEquals(expected.get(m).contains(form), m.allows(form), m + " " + form);
      }
    }
  }

  @Test
  void organisationalMeasuresAreForOrganisationsOnly() {
    for (AccountabilityMeasure m : AccountabilityMeasure.values()) {
      boolean organisational = m.name().startsWith("ORG_");
      assertEquals(organisational ? SubjectType.ORGANIZATION : SubjectType.PERSON, m.subjectType(), m.code());
      assertEquals(organisational, m.kind() == MeasureKind.ORGANIZATION_ACCOUNTABILITY);
    }
  }

  @Test
  void sanctionsCarryTheirStatutoryTerms() {
    assertEquals(Optional.of(Period.ofMonths(6)), GOV_WARNING.term());
    assertEquals(Optional.of(Period.ofMonths(12)), GOV_DEMERIT.term());
    assertEquals(Optional.of(Period.ofMonths(18)), GOV_MAJOR_DEMERIT.term());
    assertEquals(Optional.of(Period.ofMonths(24)), GOV_DOWNGRADE.term());
    assertEquals(Optional.of(Period.ofMonths(24)), GOV_DISMISSAL.term());
    assertEquals(Optional.empty(), GOV_EXPULSION.term());
    assertEquals(Optional.of(Period.ofMonths(12)), PARTY_WARNING.term());
    assertEquals(Optional.of(Period.ofMonths(18)), PARTY_SERIOUS_WARNING.term());
    assertEquals(Optional.of(Period.ofMonths(24)), PARTY_POST_REVOCATION.term());
    assertEquals(Optional.empty(), PARTY_PROBATION.term());
    assertEquals(Optional.empty(), REMINDER_TALK.term());
  }

  @Test
  void theEndOfTheTermIsDerivedFromTheDecisionDate() {
    AccountabilityAction action = ImmutableAccountabilityAction.copyOf(Fixtures.action())
        .withForm(SECOND).withMeasure(GOV_WARNING).withDecisionDate(LocalDate.of(2022, 3, 15));
    assertEquals(Optional.of(LocalDate.of(2022, 9, 14)), action.termEnd());
    assertEquals(Optional.empty(), Fixtures.action().termEnd());
    assertTrue(Fixtures.action().getSubject() instanceof PersonSubject);
    assertEquals(SubjectType.ORGANIZATION, OrganizationSubject.of("U").getType());
    assertFalse(PARTY_EXPULSION.allows(FIRST));
  }
}
