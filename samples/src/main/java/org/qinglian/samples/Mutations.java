package org.qinglian.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.accountability.AccountabilityMeasure;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.accountability.ImmutableAccountabilityAction;
import org.qinglian.model.accountability.ImmutablePersonSubject;
import org.qinglian.model.accountability.OrganizationSubject;
import org.qinglian.model.accountability.PersonSubject;
import org.qinglian.model.assessment.AssessmentRecord;
import org.qinglian.model.assessment.AssessmentScheme;
import org.qinglian.model.assessment.ImmutableAssessmentRecord;
import org.qinglian.model.assessment.ImmutableAssessmentScheme;
import org.qinglian.model.assessment.MethodWeights;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.dataset.ImmutableDatasetHeader;
import org.qinglian.model.dataset.ImmutableDeclaredTotals;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.finding.ImmutableFinding;
import org.qinglian.model.finding.ImmutableRectification;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.identifier.ResidentId;
import org.qinglian.model.indicator.ImmutableIndicator;
import org.qinglian.model.indicator.Indicator;
import org.qinglian.model.task.ImmutableKeyTask;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.task.TaskStatus;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;

/**
 * 缺陷注入目录 — one mutation per rule code. Each plants exactly one defect in a consistent
 * dataset (such as the generator makes) and triggers its code and no other ERROR.
 */
public final class Mutations {

  private Mutations() {}

  /** {@return every mutation, one per rule code} */
  public static List<Mutation> all() {
    return ALL;
  }

  /**
   * {@return the mutation of {@code code}}
   *
   * @param code a rule code
   */
  public static Optional<Mutation> forCode(String code) {
    return ALL.stream().filter(m -> m.code().equals(code)).findFirst();
  }

  /** The 15-digit form: the century and the check character dropped. */
  private static String firstGeneration(String id) {
    return id.substring(0, 6) + id.substring(8, 17);
  }

  /** The same person's number with a sequence whose check character is X, written x. */
  private static String lowerCaseX(String id) {
    for (int sequence = 0; sequence < 1000; sequence++) {
      String first17 = id.substring(0, 14) + String.format("%03d", sequence);
      if (ResidentId.checkCharacter(first17) == 'X') {
        return first17 + "x";
      }
    }
    throw new IllegalStateException("no sequence gives the check character X");
  }

  private static <T> T first(List<T> records, Predicate<T> test, String what) {
    return records.stream().filter(test).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the dataset has no " + what + " to plant the defect in"));
  }

  private static <T> List<T> replace(List<T> records, T old, T replacement) {
    List<T> copy = new ArrayList<>(records);
    copy.set(copy.indexOf(old), replacement);
    return copy;
  }

  private static <T> List<T> plus(List<T> records, T added) {
    List<T> copy = new ArrayList<>(records);
    copy.add(added);
    return copy;
  }

  private static ImmutableDataset copy(Dataset d) {
    return ImmutableDataset.copyOf(d);
  }

  private static Dataset lastUnit(Dataset d, java.util.function.UnaryOperator<ImmutableUnit> edit) {
    Unit unit = d.getUnits().get(d.getUnits().size() - 1);
    return copy(d).withUnits(replace(d.getUnits(), unit, edit.apply(ImmutableUnit.copyOf(unit))));
  }

  private static Dataset firstUnit(Dataset d, java.util.function.UnaryOperator<ImmutableUnit> edit) {
    Unit unit = first(d.getUnits(), u -> u.getCreditCode().isPresent(), "unit with a credit code");
    return copy(d).withUnits(replace(d.getUnits(), unit, edit.apply(ImmutableUnit.copyOf(unit))));
  }

  private static Dataset task(Dataset d, Predicate<KeyTask> which, java.util.function.UnaryOperator<ImmutableKeyTask> edit) {
    KeyTask task = first(d.getTasks(), which, "task");
    return copy(d).withTasks(replace(d.getTasks(), task, edit.apply(ImmutableKeyTask.copyOf(task))));
  }

  private static Dataset finding(Dataset d, Predicate<Finding> which, java.util.function.UnaryOperator<ImmutableFinding> edit) {
    Finding finding = first(d.getFindings(), which, "finding");
    return copy(d).withFindings(replace(d.getFindings(), finding, edit.apply(ImmutableFinding.copyOf(finding))));
  }

  private static Dataset personAction(Dataset d,
      java.util.function.UnaryOperator<ImmutableAccountabilityAction> edit) {
    AccountabilityAction action = first(d.getActions(), a -> a.getSubject() instanceof PersonSubject, "person action");
    return copy(d).withActions(replace(d.getActions(), action, edit.apply(ImmutableAccountabilityAction.copyOf(action))));
  }

  private static Dataset assessment(Dataset d, Predicate<AssessmentRecord> which,
      java.util.function.UnaryOperator<ImmutableAssessmentRecord> edit) {
    AssessmentRecord record = first(d.getAssessments(), which, "assessment");
    return copy(d).withAssessments(replace(d.getAssessments(), record, edit.apply(ImmutableAssessmentRecord.copyOf(record))));
  }

  private static Dataset indicator(Dataset d, java.util.function.UnaryOperator<ImmutableIndicator> edit) {
    Indicator indicator = first(d.getIndicators(), i -> true, "indicator");
    return copy(d).withIndicators(replace(d.getIndicators(), indicator, edit.apply(ImmutableIndicator.copyOf(indicator))));
  }

  private static AssessmentScheme scheme(Dataset d, AssessmentRecord record) {
    return d.findAssessmentScheme(record.getSchemeId()).orElseThrow();
  }

  private static boolean notVetoed(AssessmentRecord record) {
    return !record.isVetoed();
  }

  /** {@code code} with its check character turned to another one of the alphabet. */
  private static String breakLast(String code, String alphabet) {
    char last = code.charAt(code.length() - 1);
    char other = alphabet.charAt((alphabet.indexOf(last) + 1) % alphabet.length());
    return code.substring(0, code.length() - 1) + other;
  }

  /** A credit code whose final check holds while its organisation code's check does not. */
  private static String innerCheckBroken(String code) {
    char inner = code.charAt(16);
    char other = inner == '1' ? '2' : '1';
    String first17 = code.substring(0, 16) + other;
    return first17 + CreditCode.checkCharacter(first17);
  }

  private static List<String> editLine(List<String> lines, String type, java.util.function.UnaryOperator<String> edit) {
    List<String> copy = new ArrayList<>(lines);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).startsWith("{\"type\":\"" + type + "\"")) {
        copy.set(i, edit.apply(copy.get(i)));
        return copy;
      }
    }
    throw new IllegalArgumentException("no " + type + " line to plant the defect in");
  }

  private static final List<Mutation> ALL = List.of(
      // A value of the wrong type is FIELD_INVALID; only what breaks the syntax stops reading.
      Mutation.ofJsonLines("PARSE_ERROR", "an indicator's line is cut short (its closing brace is missing)",
          lines -> editLine(lines, "indicator", line -> line.substring(0, line.lastIndexOf('}')))),
      Mutation.ofJsonLines("UNKNOWN_FIELD", "a unit carries a field the format does not define",
          lines -> editLine(lines, "unit", line -> line.replaceFirst("^\\{", "{\"colour\":\"red\","))),
      Mutation.ofDataset("SCHEMA_VERSION_UNSUPPORTED", "the header claims format 2.0",
          d -> copy(d).withHeader(ImmutableDatasetHeader.copyOf(d.getHeader()).withSchemaVersion("2.0"))),
      Mutation.ofDataset("FIELD_REQUIRED", "a unit's name is blank", d -> lastUnit(d, u -> u.withName(" "))),
      Mutation.ofDataset("FIELD_INVALID", "a unit's name is 201 characters long",
          d -> lastUnit(d, u -> u.withName("名".repeat(201)))),
      Mutation.ofDataset("ID_DUPLICATE", "an indicator appears twice",
          d -> copy(d).withIndicators(plus(d.getIndicators(), first(d.getIndicators(), i -> true, "indicator")))),
      Mutation.ofDataset("REF_MISSING", "an indicator names a unit that does not exist",
          d -> indicator(d, i -> i.withUnitId("U-MISSING").withDivisionCode(Optional.empty()))),
      Mutation.ofDataset("REF_WRONG_KIND", "a task's lead unit is an inspection's id",
          d -> task(d, t -> true, t -> t.withLeadUnitId(first(d.getInspections(), i -> true, "inspection").getId()))),
      Mutation.ofDataset("UNIT_PARENT_CYCLE", "a unit is its own parent",
          d -> lastUnit(d, u -> u.withParentId(u.getId()))),
      Mutation.ofDataset("UNIT_CATEGORY_UNKNOWN", "a unit's category is not registered",
          d -> lastUnit(d, u -> u.withCategory(UnitCategory.unlisted("WATER_CONSERVANCY")))),
      Mutation.ofDataset("DIVISION_CODE_INVALID", "a unit's division code has a county segment after a zero city segment",
          d -> lastUnit(d, u -> u.withDivisionCode(DivisionCode.lenient(u.getDivisionCode().text().substring(0, 2) + "0012")))),
      Mutation.ofDataset("DIVISION_OUTSIDE_JURISDICTION", "a unit lies in Beijing's Dongcheng district",
          d -> lastUnit(d, u -> u.withDivisionCode(DivisionCode.of("110101")))),
      Mutation.ofDataset("DIVISION_CODE_UNKNOWN", "a unit lies in a well-formed county code that no list of divisions has",
          d -> lastUnit(d, u -> u.withDivisionCode(DivisionCode.of(u.getDivisionCode().text().substring(0, 4) + "98")))),
      Mutation.ofDataset("CREDIT_CODE_INVALID", "a unit's credit code has a wrong check character",
          d -> firstUnit(d, u -> u.withCreditCode(CreditCode.lenient(
              breakLast(u.getCreditCode().orElseThrow().text(), CreditCode.ALPHABET))))),
      Mutation.ofDataset("CREDIT_CODE_ORGANIZATION_CHECK", "a unit's organisation code fails its own check",
          d -> firstUnit(d, u -> u.withCreditCode(CreditCode.lenient(innerCheckBroken(u.getCreditCode().orElseThrow().text()))))),
      Mutation.ofDataset("CREDIT_CODE_MISSING", "an organ gives no credit code",
          d -> firstUnit(d, u -> u.withCreditCode(Optional.empty()))),
      Mutation.ofDataset("CREDIT_CODE_UNEXPECTED", "a family unit gives a credit code",
          d -> copy(d).withUnits(plus(d.getUnits(), Unit.builder().id("U-FAMILY-MUT").name("张某家庭")
              .category(UnitCategory.FAMILY).divisionCode(d.getUnits().get(0).getDivisionCode())
              .creditCode(d.getUnits().get(0).getCreditCode()).build()))),
      Mutation.ofDataset("RESIDENT_ID_INVALID", "a person's resident id has a wrong check character",
          d -> personAction(d, a -> a.withSubject(ImmutablePersonSubject.copyOf((PersonSubject) a.getSubject())
              .withResidentId(ResidentId.lenient(breakLast(((PersonSubject) a.getSubject()).getResidentId().orElseThrow()
                  .unmaskedText(), "0123456789X")))))),
      Mutation.ofDataset("RESIDENT_ID_FIRST_GENERATION", "a person's resident id is given in its old 15-digit form",
          d -> personAction(d, a -> a.withSubject(ImmutablePersonSubject.copyOf((PersonSubject) a.getSubject())
              .withResidentId(ResidentId.lenient(firstGeneration(((PersonSubject) a.getSubject()).getResidentId()
                  .orElseThrow().unmaskedText())))))),
      Mutation.ofDataset("RESIDENT_ID_LOWER_CASE_X", "a person's resident id ends in a lower-case x",
          d -> personAction(d, a -> a.withSubject(ImmutablePersonSubject.copyOf((PersonSubject) a.getSubject())
              .withResidentId(ResidentId.lenient(lowerCaseX(((PersonSubject) a.getSubject()).getResidentId()
                  .orElseThrow().unmaskedText())))))),
      Mutation.ofDataset("DATE_ORDER", "a task is due the day before it starts",
          d -> task(d, t -> true, t -> t.withDueDate(t.getStartDate().minusDays(1))
              .withCompletedDate(t.getCompletedDate().map(c -> t.getStartDate())))),
      Mutation.ofDataset("DATE_IMPLAUSIBLE", "an action is decided the day after the asOf date",
          d -> personAction(d, a -> a.withDecisionDate(d.getHeader().getAsOf().plusDays(1)))),
      Mutation.ofDataset("TASK_STATUS_INCONSISTENT", "a task is completed without a completion date",
          d -> task(d, t -> true, t -> t.withStatus(TaskStatus.COMPLETED).withCompletedDate(Optional.empty())
              .withProgress(100))),
      Mutation.ofDataset("TASK_OVERDUE", "an unfinished task was due the day before asOf",
          d -> task(d, t -> t.getStartDate().isBefore(d.getHeader().getAsOf()), t -> t.withStatus(TaskStatus.IN_PROGRESS)
              .withCompletedDate(Optional.empty()).withProgress(50).withDueDate(d.getHeader().getAsOf().minusDays(1)))),
      Mutation.ofDataset("FINDING_OUTSIDE_INSPECTION", "a finding's unit is not a target of its inspection",
          d -> finding(d, f -> true, f -> f.withUnitId(d.getUnits().get(0).getId()))),
      Mutation.ofDataset("RECTIFICATION_STATUS_INCONSISTENT",
          "a rectified finding has no completion date (or an open one has one)", Mutations::rectificationDate),
      Mutation.ofDataset("RECTIFICATION_OVERDUE", "an open finding's deadline passed the day before asOf",
          d -> finding(d, f -> f.getRectification().getCompletedDate().isEmpty()
              && f.getFoundDate().isBefore(d.getHeader().getAsOf()),
              f -> f.withRectification(ImmutableRectification.copyOf(f.getRectification())
                  .withDeadline(d.getHeader().getAsOf().minusDays(1))))),
      Mutation.ofDataset("MONEY_RECOVERED_EXCEEDS_INVOLVED",
          "a finding recovered a fen more than it involved (the declared money follows)", Mutations::overRecovered),
      Mutation.ofDataset("ACTION_MEASURE_FORM_MISMATCH", "a person's measure does not belong to its form",
          d -> personAction(d, a -> a.withMeasure(a.getForm().orElseThrow() == DisciplineForm.FIRST
              ? AccountabilityMeasure.PARTY_EXPULSION : AccountabilityMeasure.REMINDER_TALK))),
      Mutation.ofDataset("ACTION_SUBJECT_MEASURE_MISMATCH", "an organisation gets a reminder talk",
          d -> copy(d).withActions(plus(d.getActions(), AccountabilityAction.builder().id("A-MUT")
              .findingId(d.getFindings().get(0).getId()).subject(OrganizationSubject.of(d.getFindings().get(0).getUnitId()))
              .form(DisciplineForm.FIRST).measure(AccountabilityMeasure.REMINDER_TALK)
              .decisionDate(d.getFindings().get(0).getFoundDate()).decidingUnitId(d.getUnits().get(0).getId()).build()))),
      Mutation.ofDataset("SCHEME_WEIGHTS_SUM", "a second scheme's weights sum to 0.9",
          d -> copy(d).withAssessmentSchemes(plus(d.getAssessmentSchemes(),
              ImmutableAssessmentScheme.copyOf(first(d.getAssessmentSchemes(), s -> true, "scheme")).withId("S-MUT")
                  .withWeights(MethodWeights.of("0.5", "0.2", "0.2"))))),
      Mutation.ofDataset("ASSESSMENT_TOTAL_MISMATCH", "an assessment's total is 0.05 off its weighted sum",
          d -> assessment(d, Mutations::notVetoed, a -> {
            AssessmentScheme scheme = scheme(d, a);
            BigDecimal up = a.getTotal().add(new BigDecimal("0.05"));
            boolean sameGrade = scheme.gradeFor(up).equals(scheme.gradeFor(a.getTotal()));
            return a.withTotal(sameGrade ? up : a.getTotal().subtract(new BigDecimal("0.05")));
          })),
      Mutation.ofDataset("ASSESSMENT_GRADE_MISMATCH", "an assessment names a grade its total does not reach",
          d -> assessment(d, Mutations::notVetoed, a -> a.withGrade(scheme(d, a).getGrades().stream()
              .map(g -> g.getCode()).filter(code -> !code.equals(a.getGrade())).findFirst().orElseThrow()))),
      Mutation.ofDataset("ASSESSMENT_VETO_GRADE", "a vetoed unit keeps a grade above the lowest",
          d -> assessment(d, a -> notVetoed(a) && !a.getGrade().equals(scheme(d, a).lowestGrade().orElseThrow().getCode()),
              a -> a.withVetoed(true).withVetoReason("发生违纪违法问题"))),
      Mutation.ofDataset("ASSESSMENT_DUPLICATE", "a unit is assessed twice for one period",
          d -> copy(d).withAssessments(plus(d.getAssessments(),
              ImmutableAssessmentRecord.copyOf(first(d.getAssessments(), a -> true, "assessment")).withId("R-MUT")))),
      Mutation.ofDataset("INDICATOR_OUT_OF_RANGE", "an indicator's value lies above its metric's range",
          d -> indicator(d, i -> i.withValue(i.getMetric().max().add(BigDecimal.ONE)))),
      Mutation.ofDataset("TOTALS_MISMATCH", "the declared inspections are one more than the records",
          d -> copy(d).withDeclaredTotals(ImmutableDeclaredTotals.copyOf(d.getDeclaredTotals().orElseThrow())
              .withInspections(d.getInspections().size() + 1))));

  private static Dataset rectificationDate(Dataset d) {
    boolean anyRectified = d.getFindings().stream().anyMatch(f -> f.getRectification().getCompletedDate().isPresent());
    // Keep the count of rectified findings: the totals must not change.
    return anyRectified
        ? finding(d, f -> f.getRectification().getCompletedDate().isPresent(), f -> f.withRectification(
            ImmutableRectification.copyOf(f.getRectification()).withCompletedDate(Optional.empty())))
        : finding(d, f -> true, f -> f.withRectification(
            ImmutableRectification.copyOf(f.getRectification()).withCompletedDate(f.getFoundDate())));
  }

  private static Dataset overRecovered(Dataset d) {
    Finding finding = first(d.getFindings(), f -> true, "finding");
    BigDecimal involved = finding.getAmountInvolved().orElse(new BigDecimal("100.00"));
    BigDecimal recovered = involved.add(new BigDecimal("0.01"));
    BigDecimal added = recovered.subtract(finding.getAmountRecovered().orElse(BigDecimal.ZERO));
    Dataset mutated = copy(d).withFindings(replace(d.getFindings(), finding,
        ImmutableFinding.copyOf(finding).withAmountInvolved(involved).withAmountRecovered(recovered)));
    return d.getDeclaredTotals().flatMap(t -> t.getMoneyRecovered().map(m -> copy(mutated).withDeclaredTotals(
        ImmutableDeclaredTotals.copyOf(t).withMoneyRecovered(m.add(added))))).map(Dataset.class::cast).orElse(mutated);
  }

  /** {@return the codes the mutations cover} */
  public static List<String> codes() {
    return ALL.stream().map(Mutation::code).collect(Collectors.toList());
  }
}
