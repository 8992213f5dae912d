package org.qinglian.validation;

import org.qinglian.model.location.SourceLocation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qinglian.validation.Mutations.action;
import static org.qinglian.validation.Mutations.addUnit;
import static org.qinglian.validation.Mutations.assessment;
import static org.qinglian.validation.Mutations.base;
import static org.qinglian.validation.Mutations.copy;
import static org.qinglian.validation.Mutations.finding;
import static org.qinglian.validation.Mutations.indicator;
import static org.qinglian.validation.Mutations.organ;
import static org.qinglian.validation.Mutations.rectification;
import static org.qinglian.validation.Mutations.task;
import static org.qinglian.validation.Mutations.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.accountability.AccountabilityMeasure;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.accountability.ImmutablePersonSubject;
import org.qinglian.model.accountability.OrganizationSubject;
import org.qinglian.model.assessment.ImmutableAssessmentRecord;
import org.qinglian.model.assessment.ImmutableAssessmentScheme;
import org.qinglian.model.assessment.MethodWeights;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDatasetHeader;
import org.qinglian.model.dataset.ImmutableDeclaredTotals;
import org.qinglian.model.finding.RectificationStatus;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.identifier.ResidentId;
import org.qinglian.model.task.TaskStatus;
import org.qinglian.model.time.PeriodType;
import org.qinglian.model.time.YearPeriod;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;
import org.qinglian.model.unit.UnitCategoryCatalogue;

/**
 * Every rule code: one case that triggers it, and a near miss where it stays silent. The
 * fixture dataset itself validates without a single issue.
 */
class RuleCasesTest {

  private static final DatasetValidator VALIDATOR = DatasetValidator.builder().serviceLoader(null).build();

  /** How a case is run: most edit the fixture; read codes go through a session. */
  record Case(String code, Function<DatasetValidator, ValidationReport> trigger,
      Function<DatasetValidator, ValidationReport> silent) {}

  /** Every dataset the cases validate, as {@link #cases()} makes them. */
  private static final List<Dataset> DATASETS = new java.util.ArrayList<>();

  private static Function<DatasetValidator, ValidationReport> data(Dataset dataset) {
    DATASETS.add(dataset);
    return validator -> validator.validate(dataset);
  }

  /**
   * A built-in rule says which record types its check reads ({@link TypedRule}), and the session
   * hands it no others: every case's dataset reports the same when every check gets every record.
   */
  @Test
  void checksGivenOnlyTheirRecordTypesReportWhatCheckingEveryRecordReports() {
    cases();
    // Beyond the cases, which trigger each code once: the other record types the same codes concern.
    List<Dataset> more = List.of(
        indicator(i -> i.withDivisionCode(DivisionCode.of("110101"))),
        task(t -> t.withJurisdiction(DivisionCode.of("110101"))),
        task(t -> t.withCategory(UnitCategory.unlisted("WATER"))));
    DATASETS.addAll(more);
    List<ValidationRule> everyType = VALIDATOR.validationRules().stream()
        .map(rule -> (ValidationRule) new ValidationRule() {
          @Override
          public List<RuleDescriptor> descriptors() {
            return rule.descriptors();
          }

          @Override
          public RuleCheck newCheck() {
            return rule.newCheck();
          }
        }).toList();
    assertTrue(VALIDATOR.validationRules().stream().filter(rule -> rule instanceof TypedRule).count() >= 10);
    assertTrue(DATASETS.size() >= 30, "datasets: " + DATASETS.size());
    for (Dataset dataset : DATASETS) {
      assertEquals(DatasetValidator.validate(new ValidationSession(VALIDATOR, everyType), dataset).issues(),
          VALIDATOR.validate(dataset).issues());
    }
  }

  private static Function<DatasetValidator, ValidationReport> readIssue(String code, String argument) {
    return validator -> {
      ValidationSession session = validator.newSession();
      session.header(base().getHeader(), SourceLocation.inFile("data.json", 1, 1));
      session.readIssue(code, SourceLocation.inFile("data.json", 7, 12).withPointer("/units/0/colour"),
          Optional.empty(), Optional.of("colour"), Map.of(argument, "x"));
      return session.finish();
    };
  }

  private static Unit family() {
    return Unit.builder().id("U-FAMILY-1").name("幸福社区张某家庭").category(UnitCategory.FAMILY)
        .divisionCode(DivisionCode.of("420102009001")).parentId("U-JA-VILLAGE-1").build();
  }

  static List<Case> cases() {
    return List.of(
        new Case(Codes.PARSE_ERROR, readIssue(Codes.PARSE_ERROR, "reason"), data(base())),
        new Case(Codes.UNKNOWN_FIELD, readIssue(Codes.UNKNOWN_FIELD, "field"), data(base())),
        new Case(Codes.SCHEMA_VERSION_UNSUPPORTED,
            data(copy().withHeader(ImmutableDatasetHeader.copyOf(base().getHeader()).withSchemaVersion("2.0"))),
            data(copy().withHeader(ImmutableDatasetHeader.copyOf(base().getHeader()).withSchemaVersion("1.3")))),
        new Case(Codes.FIELD_REQUIRED, data(organ(u -> u.withName(" "))), data(organ(u -> u.withName("x")))),
        new Case(Codes.FIELD_INVALID, data(organ(u -> u.withName("财".repeat(201)))),
            data(organ(u -> u.withName("财".repeat(200))))),
        new Case(Codes.ID_DUPLICATE, data(addUnit(ImmutableUnit.copyOf(Fixtures.organ()).withName("重复"))),
            data(addUnit(ImmutableUnit.copyOf(Fixtures.organ()).withId("U-JA-CZJ-2")))),
        new Case(Codes.REF_MISSING, data(unit(2, u -> u.withParentId("U-NOPE"))),
            data(unit(2, u -> u.withParentId("U-JA-JW")))),
        new Case(Codes.REF_WRONG_KIND, data(unit(2, u -> u.withLeadDepartmentId("U-JA-VILLAGE-1"))),
            data(unit(2, u -> u.withLeadDepartmentId("U-JA-JW")))),
        // The unit read before the reference, so it is judged at once rather than at the end.
        new Case(Codes.REF_WRONG_KIND, data(copy().withInspections(org.qinglian.model.inspection.ImmutableInspection
                .copyOf(Fixtures.inspection()).withInspectorUnitId("U-JA-VILLAGE-1"))),
            data(copy().withInspections(org.qinglian.model.inspection.ImmutableInspection
                .copyOf(Fixtures.inspection()).withInspectorUnitId("U-JA-JW")))),
        new Case(Codes.UNIT_PARENT_CYCLE, data(organ(u -> u.withParentId("U-JA-VILLAGE-1"))),
            data(organ(u -> u.withParentId("U-JA-JW")))),
        new Case(Codes.UNIT_CATEGORY_UNKNOWN, data(organ(u -> u.withCategory(UnitCategory.unlisted("WATER")))),
            validator -> DatasetValidator.builder().serviceLoader(null)
                .unitCategories(UnitCategoryCatalogue.standard().toBuilder()
                    .add(UnitCategory.define("WATER", "水利", "水利", Optional.empty())).build())
                .build().validate(organ(u -> u.withCategory(UnitCategory.unlisted("WATER")).withCreditCode(Optional.empty())))),
        new Case(Codes.DIVISION_CODE_INVALID, data(organ(u -> u.withDivisionCode(DivisionCode.lenient("420012")))),
            data(organ(u -> u.withDivisionCode(DivisionCode.lenient("420102000000"))))),
        new Case(Codes.DIVISION_OUTSIDE_JURISDICTION, data(organ(u -> u.withDivisionCode(DivisionCode.of("420103")))),
            data(organ(u -> u.withDivisionCode(DivisionCode.of("420102001001"))))),
        new Case("DIVISION_CODE_UNKNOWN", data(organ(u -> u.withDivisionCode(DivisionCode.of("420199")))),
            data(organ(u -> u.withDivisionCode(DivisionCode.of("420102"))))),
        new Case(Codes.CREDIT_CODE_INVALID,
            data(organ(u -> u.withCreditCode(CreditCode.lenient("91350100M000100Y44")))),
            data(organ(u -> u.withCreditCode(CreditCode.of("91350100M000100Y43"))))),
        new Case(Codes.CREDIT_CODE_ORGANIZATION_CHECK,
            data(organ(u -> u.withCreditCode(CreditCode.lenient("123456789012345678")))),
            data(organ(u -> u.withCreditCode(CreditCode.of("91310110666007217T"))))),
        new Case(Codes.CREDIT_CODE_MISSING, data(organ(u -> u.withCreditCode(Optional.empty()))),
            data(unit(2, u -> u.withCreditCode(Optional.empty())))),
        new Case(Codes.CREDIT_CODE_UNEXPECTED,
            data(addUnit(ImmutableUnit.copyOf(family()).withCreditCode(Fixtures.organCode()))), data(addUnit(family()))),
        new Case(Codes.RESIDENT_ID_INVALID,
            data(action(a -> a.withSubject(ImmutablePersonSubject.copyOf(Fixtures.person())
                .withResidentId(ResidentId.lenient("110105194912310021"))))),
            data(action(a -> a.withSubject(ImmutablePersonSubject.copyOf(Fixtures.person())
                .withResidentId(ResidentId.of("440524188001010014")))))),
        new Case("RESIDENT_ID_FIRST_GENERATION",
            data(action(a -> a.withSubject(ImmutablePersonSubject.copyOf(Fixtures.person())
                .withResidentId(ResidentId.lenient("110105491231002"))))),
            data(action(a -> a.withSubject(ImmutablePersonSubject.copyOf(Fixtures.person())
                .withResidentId(ResidentId.of("11010519491231002X")))))),
        new Case("RESIDENT_ID_LOWER_CASE_X",
            data(action(a -> a.withSubject(ImmutablePersonSubject.copyOf(Fixtures.person())
                .withResidentId(ResidentId.lenient("11010519491231002x"))))),
            data(action(a -> a.withSubject(ImmutablePersonSubject.copyOf(Fixtures.person())
                .withResidentId(ResidentId.of("11010519491231002X")))))),
        new Case(Codes.DATE_ORDER, data(task(t -> t.withDueDate(LocalDate.of(2022, 1, 9)))),
            data(task(t -> t.withDueDate(LocalDate.of(2022, 1, 10)).withCompletedDate(LocalDate.of(2022, 1, 10))))),
        new Case(Codes.DATE_IMPLAUSIBLE, data(action(a -> a.withDecisionDate(LocalDate.of(2023, 1, 1)))),
            data(action(a -> a.withDecisionDate(LocalDate.of(2022, 12, 31))))),
        new Case(Codes.TASK_STATUS_INCONSISTENT, data(task(t -> t.withCompletedDate(Optional.empty()))),
            data(task(t -> t.withStatus(TaskStatus.IN_PROGRESS).withCompletedDate(Optional.empty()).withProgress(99)
                .withDueDate(LocalDate.of(2023, 6, 30))))),
        new Case(Codes.TASK_OVERDUE,
            data(task(t -> t.withStatus(TaskStatus.IN_PROGRESS).withCompletedDate(Optional.empty()).withProgress(50))),
            data(task(t -> t.withStatus(TaskStatus.IN_PROGRESS).withCompletedDate(Optional.empty()).withProgress(50)
                .withDueDate(LocalDate.of(2022, 12, 31))))),
        new Case(Codes.FINDING_OUTSIDE_INSPECTION, data(finding(f -> f.withFoundDate(LocalDate.of(2022, 5, 14)))),
            data(finding(f -> f.withFoundDate(LocalDate.of(2022, 5, 13))))),
        new Case(Codes.RECTIFICATION_STATUS_INCONSISTENT, data(rectification(r -> r.withCompletedDate(Optional.empty()))),
            data(rectification(r -> r.withStatus(RectificationStatus.RECTIFIED)))),
        new Case(Codes.RECTIFICATION_OVERDUE,
            data(rectification(r -> r.withStatus(RectificationStatus.IN_PROGRESS).withCompletedDate(Optional.empty()))),
            data(rectification(r -> r.withStatus(RectificationStatus.IN_PROGRESS).withCompletedDate(Optional.empty())
                .withDeadline(LocalDate.of(2022, 12, 31))))),
        new Case(Codes.MONEY_RECOVERED_EXCEEDS_INVOLVED,
            data(finding(f -> f.withAmountRecovered(new BigDecimal("12000.01")))),
            data(finding(f -> f.withAmountRecovered(new BigDecimal("12000.00"))))),
        new Case(Codes.ACTION_MEASURE_FORM_MISMATCH, data(action(a -> a.withForm(DisciplineForm.SECOND))),
            data(action(a -> a.withForm(DisciplineForm.SECOND).withMeasure(AccountabilityMeasure.GOV_DEMERIT)))),
        new Case(Codes.ACTION_SUBJECT_MEASURE_MISMATCH,
            data(action(a -> a.withMeasure(AccountabilityMeasure.ORG_CIRCULATION).withForm(Optional.empty()))),
            data(action(a -> a.withMeasure(AccountabilityMeasure.ORG_CIRCULATION).withForm(Optional.empty())
                .withSubject(OrganizationSubject.of("U-JA-VILLAGE-1"))))),
        new Case(Codes.SCHEME_WEIGHTS_SUM,
            data(copy().withAssessmentSchemes(ImmutableAssessmentScheme.copyOf(Fixtures.scheme())
                .withWeights(MethodWeights.of("0.5", "0.2", "0.2")))),
            data(copy().withAssessmentSchemes(ImmutableAssessmentScheme.copyOf(Fixtures.scheme())
                .withWeights(MethodWeights.of("0.5000", "0.2", "0.30"))))),
        new Case(Codes.ASSESSMENT_TOTAL_MISMATCH, data(assessment(a -> a.withTotal(new BigDecimal("92.12")))),
            data(assessment(a -> a.withTotal(new BigDecimal("92.11"))))),
        new Case(Codes.ASSESSMENT_GRADE_MISMATCH, data(assessment(a -> a.withGrade("GOOD"))), data(base())),
        new Case(Codes.ASSESSMENT_VETO_GRADE, data(assessment(a -> a.withVetoed(true).withVetoReason("违规"))),
            data(assessment(a -> a.withVetoed(true).withVetoReason("违规").withGrade("POOR")))),
        new Case(Codes.ASSESSMENT_DUPLICATE,
            data(copy().withAssessments(Fixtures.assessment(), ImmutableAssessmentRecord.copyOf(Fixtures.assessment())
                .withId("R-2022-002"))),
            data(copy().withAssessments(Fixtures.assessment(), ImmutableAssessmentRecord.copyOf(Fixtures.assessment())
                .withId("R-2022-002").withPeriod(YearPeriod.builder().year(2022).type(PeriodType.QUARTER).index(4).build())))),
        new Case(Codes.INDICATOR_OUT_OF_RANGE, data(indicator(i -> i.withValue(new BigDecimal("365.01")))),
            data(indicator(i -> i.withValue(new BigDecimal("365"))))),
        new Case(Codes.TOTALS_MISMATCH,
            data(copy().withDeclaredTotals(ImmutableDeclaredTotals.copyOf(Fixtures.totals()).withInspections(2))),
            data(copy().withDeclaredTotals(ImmutableDeclaredTotals.copyOf(Fixtures.totals()).withInspections(1)))));
  }

  @Test
  void theFixtureHasNoIssueAtAll() {
    ValidationReport report = VALIDATOR.validate(base());
    assertEquals(List.of(), report.issues());
    assertTrue(report.isValid());
    assertEquals(10, report.recordsRead().values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void everyCodeHasACase() {
    Set<String> covered = cases().stream().map(Case::code).collect(Collectors.toCollection(TreeSet::new));
    Set<String> known = VALIDATOR.rules().stream().map(RuleDescriptor::code).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(known, covered);
    assertTrue(known.size() >= 34, known.toString());
  }

  @TestFactory
  Stream<DynamicTest> eachCodeIsTriggered() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.code(), () -> {
      ValidationReport report = c.trigger().apply(VALIDATOR);
      assertTrue(report.count(c.code()) > 0, () -> c.code() + " not reported: " + report.issues());
      Issue issue = report.issues().stream().filter(i -> i.code().equals(c.code())).findFirst().orElseThrow();
      assertEquals(VALIDATOR.severityOf(c.code()), issue.severity());
      assertTrue(issue.location().isPresent(), () -> "no location: " + issue);
      assertFalse(issue.message().contains("{"), () -> "unfilled template: " + issue.message());
      assertEquals(report.count(Severity.ERROR) == 0, report.isValid());
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachCodeStaysSilentOnItsNearMiss() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.code(), () -> {
      ValidationReport report = c.silent().apply(VALIDATOR);
      assertEquals(0, report.count(c.code()), () -> report.issues().toString());
    }));
  }

  @TestFactory
  Stream<DynamicTest> messagesReadInBothLanguages() {
    DatasetValidator english = DatasetValidator.builder().locale(java.util.Locale.ENGLISH).serviceLoader(null).build();
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.code(), () -> {
      Map<String, String> messages = new LinkedHashMap<>();
      for (DatasetValidator validator : List.of(VALIDATOR, english)) {
        Issue issue = c.trigger().apply(validator).issues().stream()
            .filter(i -> i.code().equals(c.code())).findFirst().orElseThrow();
        messages.put(validator.locale().toString(), issue.message());
        assertFalse(issue.message().contains("{"), issue.message());
      }
      assertTrue(messages.get("zh_CN").codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
          messages.toString());
      assertFalse(messages.get("en").equals(messages.get("zh_CN")), messages.toString());
    }));
  }
}
