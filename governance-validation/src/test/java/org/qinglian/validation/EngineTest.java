package org.qinglian.validation;

import org.qinglian.model.location.SourceLocation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;

/** The engine: overrides, suppression, caps, threads, streaming order, custom rules. */
class EngineTest {

  private static DatasetValidator.Builder builder() {
    return DatasetValidator.builder().serviceLoader(null);
  }

  private static Dataset withBlankNames(int count) {
    List<Unit> units = new ArrayList<>(Fixtures.dataset().getUnits());
    for (int i = 0; i < count; i++) {
      units.add(ImmutableUnit.copyOf(Fixtures.village()).withId("U-EXTRA-" + i).withName(" "));
    }
    return Mutations.copy().withUnits(units);
  }

  @Test
  void aSeverityCanBeChanged() {
    Dataset innerCheckOnly = Mutations.organ(u -> u.withCreditCode(CreditCode.lenient("123456789012345678")));
    ValidationReport byDefault = builder().build().validate(innerCheckOnly);
    assertTrue(byDefault.isValid(), "inner-check failures are warnings by default");
    assertEquals(1, byDefault.count(Severity.WARNING));

    ValidationReport strict = builder().severity(Codes.CREDIT_CODE_ORGANIZATION_CHECK, Severity.ERROR).build()
        .validate(innerCheckOnly);
    assertFalse(strict.isValid());
    assertEquals(Severity.ERROR, strict.issues().get(0).severity());

    Dataset wrongFinalCheck = Mutations.organ(u -> u.withCreditCode(CreditCode.lenient("91350100M000100Y44")));
    ValidationReport lenient = builder().severity(Codes.CREDIT_CODE_INVALID, Severity.WARNING).build()
        .validate(wrongFinalCheck);
    assertTrue(lenient.isValid());
    assertEquals(1, lenient.count(Codes.CREDIT_CODE_INVALID));
  }

  @Test
  void aCodeCanBeSuppressed() {
    Dataset dataset = withBlankNames(3);
    ValidationReport report = builder().suppress(Codes.FIELD_REQUIRED).build().validate(dataset);
    assertEquals(0, report.count(Codes.FIELD_REQUIRED));
    assertEquals(3, report.suppressedIssues());
    assertTrue(report.isValid());
  }

  @Test
  void unknownCodesInTheConfigurationAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> builder().severity("NO_SUCH_CODE", Severity.INFO).build());
    assertTrue(e.getMessage().contains("NO_SUCH_CODE"));
    assertThrows(IllegalArgumentException.class, () -> builder().suppress("REF_MISING").build());
  }

  @Test
  void storedIssuesAreCappedButCountsStayExact() {
    Dataset dataset = withBlankNames(500);
    ValidationReport report = builder().maxIssuesPerCode(10).build().validate(dataset);
    assertEquals(500, report.count(Codes.FIELD_REQUIRED));
    assertEquals(10, report.issues().stream().filter(i -> i.code().equals(Codes.FIELD_REQUIRED)).count());
    assertTrue(report.isTruncated());

    ValidationReport total = builder().maxIssues(25).maxIssuesPerCode(1000).build().validate(dataset);
    assertEquals(25, total.issues().size());
    assertEquals(500, total.count(Severity.ERROR));
  }

  @Test
  void oneValidatorFromFourThreadsGivesIdenticalReports() throws Exception {
    DatasetValidator validator = builder().build();
    Dataset dataset = withBlankNames(50);
    ValidationReport expected = validator.validate(dataset);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<ValidationReport>>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        tasks.add(() -> {
          List<ValidationReport> reports = new ArrayList<>();
          for (int i = 0; i < 25; i++) {
            reports.add(validator.validate(dataset));
          }
          return reports;
        });
      }
      for (Future<List<ValidationReport>> future : pool.invokeAll(tasks)) {
        for (ValidationReport report : future.get()) {
          assertEquals(expected, report);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(50, expected.count(Codes.FIELD_REQUIRED));
  }

  @Test
  void forwardReferencesAreSettledAtTheEnd() {
    Dataset dataset = Fixtures.dataset();
    ValidationSession session = builder().build().newSession();
    session.header(dataset.getHeader(), SourceLocation.inFile("x.jsonl", 1, 1));
    dataset.getDeclaredTotals().ifPresent(t -> session.declaredTotals(t, SourceLocation.inFile("x.jsonl", 2, 1)));
    List<GovernanceRecord> records = new ArrayList<>();
    for (RecordType type : RecordType.values()) {
      records.addAll(dataset.records(type));
    }
    Collections.reverse(records);
    long line = 3;
    for (GovernanceRecord record : records) {
      session.record(record, SourceLocation.inFile("x.jsonl", line++, 1));
    }
    ValidationReport report = session.finish();
    assertEquals(List.of(), report.issues(), "reverse order: every reference resolves at the end");
    assertThrows(IllegalStateException.class, session::finish);
  }

  @Test
  void theSameRecordObjectTwiceIsADuplicate() {
    // The id's fingerprint is computed once per record checked, and not carried over to the next one.
    ValidationSession session = builder().build().newSession();
    session.header(Fixtures.header(), SourceLocation.inFile("units.csv", 1, 1));
    Unit organ = Fixtures.organ();
    session.record(organ, SourceLocation.inFile("units.csv", 2, 1));
    session.record(organ, SourceLocation.inFile("units.csv", 3, 1));
    session.record(Fixtures.commission(), SourceLocation.inFile("units.csv", 4, 1));
    session.record(Fixtures.inspection(), SourceLocation.inFile("inspections.csv", 2, 1));
    session.record(Fixtures.inspection(), SourceLocation.inFile("inspections.csv", 3, 1));
    ValidationReport report = session.finish();
    assertEquals(List.of("U-JA-CZJ units.csv:3", "I-2022-001 inspections.csv:3"), report.issues().stream()
        .filter(issue -> issue.code().equals(Codes.ID_DUPLICATE))
        .map(issue -> issue.recordId().orElseThrow() + " " + issue.location().orElseThrow().file().orElse("") + ":"
            + issue.location().orElseThrow().line().orElse(0))
        .toList(), report.issues().toString());
  }

  @Test
  void aMissingForwardReferenceKeepsItsLocation() {
    ValidationSession session = builder().build().newSession();
    session.header(Fixtures.header(), SourceLocation.inFile("units.csv", 1, 1));
    session.record(ImmutableUnit.copyOf(Fixtures.village()).withLeadDepartmentId("U-LATER").withParentId(Optional.empty()),
        SourceLocation.inFile("units.csv", 4, 1));
    session.record(ImmutableUnit.copyOf(Fixtures.organ()).withId("U-LATER"), SourceLocation.inFile("units.csv", 5, 1));
    session.record(ImmutableUnit.copyOf(Fixtures.organ()).withId("U-X").withParentId("U-NEVER"),
        SourceLocation.inFile("units.csv", 6, 1));
    ValidationReport report = session.finish();
    Issue missing = report.issues().stream().filter(i -> i.code().equals(Codes.REF_MISSING)).findFirst().orElseThrow();
    assertEquals(Optional.of("U-X"), missing.recordId());
    assertEquals(Optional.of(SourceLocation.inFile("units.csv", 6, 1)), missing.location());
    assertEquals(1, report.count(Codes.REF_MISSING), report.issues().toString());
  }

  @Test
  void asOfCanBeOverridden() {
    Dataset open = Mutations.task(t -> t.withStatus(org.qinglian.model.task.TaskStatus.IN_PROGRESS)
        .withCompletedDate(Optional.empty()).withProgress(50));
    assertEquals(1, builder().build().validate(open).count(Codes.TASK_OVERDUE));
    assertEquals(0, builder().asOf(LocalDate.of(2022, 11, 1)).build().validate(open).count(Codes.TASK_OVERDUE));
  }

  @Test
  void customRulesJoinThroughTheBuilderAndTheServiceLoader() {
    DatasetValidator withBuilder = builder().addRule(new NoSchoolsOnSundayRule()).build();
    assertTrue(withBuilder.rule(NoSchoolsOnSundayRule.CODE).isPresent());
    assertEquals(1, withBuilder.validate(Mutations.addUnit(school())).count(NoSchoolsOnSundayRule.CODE));

    DatasetValidator withServices = DatasetValidator.builder().build();
    assertTrue(withServices.rule(NoSchoolsOnSundayRule.CODE).isPresent(), "found through META-INF/services");
    assertThrows(IllegalArgumentException.class,
        () -> DatasetValidator.builder().addRule(new NoSchoolsOnSundayRule()).build(), "one code, two rules");
  }

  private static Unit school() {
    return ImmutableUnit.copyOf(Fixtures.organ()).withId("U-SCHOOL").withName("江岸区星期日小学")
        .withCategory(UnitCategory.SCHOOL).withDemonstration(Optional.empty());
  }

  @Test
  void expressionLanguageInDataStaysText() {
    String[] payloads = {"${1+1}", "#{1+1}", "${''.getClass().forName('java.lang.Runtime')}", "{path}"};
    for (String payload : payloads) {
      Dataset dataset = Mutations.unit(2, u -> u.withParentId(payload).withName(payload + "x".repeat(200)));
      for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
        ValidationReport report = builder().locale(locale).build().validate(dataset);
        Issue invalid = report.issues().stream().filter(i -> i.path().equals(Optional.of("parentId"))).findFirst()
            .orElseThrow();
        assertTrue(invalid.message().contains(payload), invalid.message());
        assertFalse(invalid.message().contains("\"2\""), invalid.message());
        Issue name = report.issues().stream().filter(i -> i.path().equals(Optional.of("name"))).findFirst().orElseThrow();
        assertTrue(name.message().contains(payload), name.message());
      }
    }
  }

  @Test
  void personalDataNeverReachesAReport() {
    Dataset dataset = Mutations.action(a -> a.withSubject(
        org.qinglian.model.accountability.ImmutablePersonSubject.copyOf(Fixtures.person())
            .withName("王".repeat(101))
            .withResidentId(org.qinglian.model.identifier.ResidentId.lenient("110105194912310021"))));
    ValidationReport report = builder().build().validate(dataset);
    assertEquals(2, report.issues().size(), report.issues().toString());
    for (Issue issue : report.issues()) {
      String text = issue + " " + issue.arguments();
      assertFalse(text.contains("110105194912310021"), text);
      assertFalse(text.contains("王王王"), text);
    }
  }

  @Test
  void readIssuesNeedAKnownCode() {
    ValidationSession session = builder().build().newSession();
    assertThrows(IllegalArgumentException.class, () -> session.readIssue("NOT_A_CODE", SourceLocation.unknown(),
        Optional.empty(), Optional.empty(), Map.of()));
  }

  @Test
  void anUnbuiltRecordStillAnswersReferences() {
    ValidationSession session = builder().build().newSession();
    session.header(Fixtures.header(), SourceLocation.inFile("units.csv", 1, 1));
    session.unbuiltRecord(RecordType.UNIT, "U-JA-CZJ");
    session.record(ImmutableUnit.copyOf(Fixtures.village()), SourceLocation.inFile("units.csv", 3, 1));
    ValidationReport report = session.finish();
    assertEquals(0, report.count(Codes.REF_MISSING), report.issues().toString());
    assertEquals(2, report.recordsRead().get(RecordType.UNIT));
  }

  @Test
  void anUnbuiltInspectionDoesNotShiftTheWindowsOfTheOthers() {
    ValidationSession session = builder().build().newSession();
    session.header(Fixtures.header(), SourceLocation.unknown());
    session.unbuiltRecord(RecordType.INSPECTION, "I-BROKEN");
    session.record(Fixtures.inspection(), SourceLocation.unknown());
    session.record(org.qinglian.model.inspection.ImmutableInspection.copyOf(Fixtures.inspection()).withId("I-LATE")
        .withStartDate(LocalDate.of(2022, 9, 1)).withEndDate(LocalDate.of(2022, 9, 5)), SourceLocation.unknown());
    session.record(Fixtures.finding(), SourceLocation.unknown());
    ValidationReport report = session.finish();
    assertEquals(0, report.count(Codes.FINDING_OUTSIDE_INSPECTION), report.issues().toString());
  }
}
