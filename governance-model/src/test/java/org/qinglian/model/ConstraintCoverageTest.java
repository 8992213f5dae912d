package org.qinglian.model;

import org.qinglian.model.fixtures.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.DynamicTest;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.accountability.ImmutableAccountabilityAction;
import org.qinglian.model.accountability.ImmutablePersonSubject;
import org.qinglian.model.accountability.OrganizationSubject;
import org.qinglian.model.accountability.PersonSubject;
import org.qinglian.model.assessment.AssessmentRecord;
import org.qinglian.model.assessment.AssessmentScheme;
import org.qinglian.model.assessment.Grade;
import org.qinglian.model.assessment.ImmutableAssessmentRecord;
import org.qinglian.model.assessment.ImmutableAssessmentScheme;
import org.qinglian.model.assessment.ImmutableGrade;
import org.qinglian.model.assessment.ImmutableMethodScores;
import org.qinglian.model.assessment.ImmutableMethodWeights;
import org.qinglian.model.assessment.MethodScores;
import org.qinglian.model.assessment.MethodWeights;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.dataset.ImmutableDatasetHeader;
import org.qinglian.model.dataset.ImmutableDeclaredTotals;
import org.qinglian.model.dataset.Producer;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.finding.FollowUp;
import org.qinglian.model.finding.ImmutableFinding;
import org.qinglian.model.finding.ImmutableRectification;
import org.qinglian.model.finding.Rectification;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.identifier.ResidentId;
import org.qinglian.model.indicator.ImmutableIndicator;
import org.qinglian.model.indicator.Indicator;
import org.qinglian.model.inspection.ImmutableInspection;
import org.qinglian.model.inspection.Inspection;
import org.qinglian.model.task.ImmutableKeyTask;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.time.ImmutableYearPeriod;
import org.qinglian.model.time.PeriodType;
import org.qinglian.model.time.YearPeriod;
import org.qinglian.model.unit.Demonstration;
import org.qinglian.model.unit.ImmutableDemonstration;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;

/**
 * Proves that Bean Validation sees every constraint of the model (Hibernate Validator
 * silently skips constraints on non-getter accessors): for each value type, the
 * constraints the provider's metadata lists are exactly the ones the broken fixtures
 * violate, and the valid fixture violates none.
 */
class ConstraintCoverageTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void buildValidator() {
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  /** White space only, a vertical tab (a control character text may not hold) among it. */
  private static String blank(int length) {
    return "\u000B" + " ".repeat(length - 1);
  }

  /** Per value type: one valid instance, then instances that together break every constraint. */
  private static Map<Class<?>, List<Object>> cases() {
    Map<Class<?>, List<Object>> cases = new LinkedHashMap<>();
    cases.put(Unit.class, List.of(Fixtures.organ(),
        ImmutableUnit.copyOf(Fixtures.organ()).withId("-x").withName(blank(201)).withParentId("!")
            .withDivisionCode(DivisionCode.lenient("1")).withCreditCode(CreditCode.lenient("X"))
            .withLeadDepartmentId("")));
    cases.put(Demonstration.class, List.of(Fixtures.demonstration(),
        ImmutableDemonstration.copyOf(Fixtures.demonstration()).withYear(1999),
        ImmutableDemonstration.copyOf(Fixtures.demonstration()).withYear(2101)));
    ImmutableKeyTask task = ImmutableKeyTask.copyOf(Fixtures.task());
    cases.put(KeyTask.class, List.of(task,
        task.withId("").withTitle(blank(501)).withYear(1999).withJurisdiction(DivisionCode.lenient("420"))
            .withLeadUnitId("é").withSupportingUnitIds("!").withSource(blank(501)).withProgress(-1),
        task.withYear(2101).withProgress(101)));
    ImmutableInspection inspection = ImmutableInspection.copyOf(Fixtures.inspection());
    cases.put(Inspection.class, List.of(inspection,
        inspection.withId("a b").withInspectorUnitId("*").withTargetUnitIds(List.of()).withTaskIds("?")
            .withTopic(blank(501)),
        inspection.withTargetUnitIds("#")));
    cases.put(Finding.class, List.of(Fixtures.finding(),
        ImmutableFinding.copyOf(Fixtures.finding()).withId("x".repeat(65)).withInspectionId("/").withUnitId("")
            .withDescription(blank(2001)).withAmountInvolved(new BigDecimal("-1"))
            .withAmountRecovered(new BigDecimal("0.001"))));
    cases.put(Rectification.class, List.of(Fixtures.rectification(),
        ImmutableRectification.copyOf(Fixtures.rectification()).withMeasures(blank(2001))));
    cases.put(FollowUp.class, List.of(Fixtures.followUp()));
    cases.put(PersonSubject.class, List.of(Fixtures.person(),
        ImmutablePersonSubject.copyOf(Fixtures.person()).withPersonId("!").withName(blank(101))
            .withResidentId(ResidentId.lenient("110105194912310021")).withPosition(blank(201)).withUnitId("?")));
    cases.put(OrganizationSubject.class, List.of(OrganizationSubject.of("U-1"), OrganizationSubject.of("-")));
    cases.put(AccountabilityAction.class, List.of(Fixtures.action(),
        ImmutableAccountabilityAction.copyOf(Fixtures.action()).withId("!").withFindingId("!")
            .withInspectionId("!").withDecidingUnitId("!").withAmountRecovered(new BigDecimal("-5"))));
    cases.put(MethodWeights.class, List.of(Fixtures.weights(),
        MethodWeights.of("-0.1", "-0.1", "-0.1"), MethodWeights.of("1.5", "1.5", "1.5"),
        MethodWeights.of("0.12345", "0.12345", "0.12345")));
    cases.put(MethodScores.class, List.of(MethodScores.of("90", "80", "70"),
        MethodScores.of("-1", "-1", "-1"), MethodScores.of("1234567", "0.001", "1.234")));
    cases.put(Grade.class, List.of(Grade.of("GOOD", "良好", "80"),
        ImmutableGrade.copyOf(Grade.of("GOOD", "良好", "80")).withCode(blank(33)).withLabel(blank(33))
            .withMinScore(new BigDecimal("-1"))));
    ImmutableAssessmentScheme scheme = ImmutableAssessmentScheme.copyOf(Fixtures.scheme());
    cases.put(AssessmentScheme.class, List.of(scheme,
        scheme.withId("!").withYear(1999).withTitle(blank(501)).withMaxScore(BigDecimal.ZERO).withGrades(List.of()),
        scheme.withYear(2101)));
    ImmutableAssessmentRecord assessment = ImmutableAssessmentRecord.copyOf(Fixtures.assessment());
    cases.put(AssessmentRecord.class, List.of(assessment,
        assessment.withId("!").withSchemeId("!").withUnitId("!").withTotal(new BigDecimal("-1"))
            .withGrade(blank(33)).withVetoReason(blank(501)).withAssessorUnitId("!"),
        assessment.withTotal(new BigDecimal("1234567.001"))));
    cases.put(YearPeriod.class, List.of(Fixtures.year2022(),
        ImmutableYearPeriod.builder().year(1999).type(PeriodType.YEAR).index(2).build(),
        ImmutableYearPeriod.builder().year(2101).type(PeriodType.QUARTER).index(4).build()));
    cases.put(Indicator.class, List.of(Fixtures.indicator(),
        ImmutableIndicator.copyOf(Fixtures.indicator()).withId("!").withUnitId("!")
            .withDivisionCode(DivisionCode.lenient("42")).withValue(new BigDecimal("1.23456"))));
    cases.put(Producer.class, List.of(Fixtures.header().getProducer(),
        Producer.of(blank(201), CreditCode.lenient("91350100M000100Y44"))));
    cases.put(DatasetHeader.class, List.of(Fixtures.header(),
        ImmutableDatasetHeader.copyOf(Fixtures.header()).withSchemaVersion("v1").withDatasetId("!")
            .withJurisdiction(DivisionCode.lenient("000000"))));
    cases.put(DeclaredTotals.class, List.of(Fixtures.totals(),
        ImmutableDeclaredTotals.copyOf(Fixtures.totals()).withInspections(-1).withFindings(-1)
            .withFindingsRectified(-1).withPersonsHandled(-1)
            .withPersonsHandledByForm(Map.of(DisciplineForm.FIRST, -1L))
            .withMoneyRecovered(new BigDecimal("-1"))));
    cases.put(Dataset.class, List.of(Fixtures.dataset()));
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> brokenFixturesViolateExactlyTheDeclaredConstraints() {
    return cases().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey().getSimpleName(), () -> {
      Class<?> type = entry.getKey();
      List<Object> instances = entry.getValue();
      assertEquals(Set.of(), violated(instances.get(0)), "the valid fixture of " + type.getSimpleName());
      Set<String> violated = new TreeSet<>();
      for (Object broken : instances.subList(1, instances.size())) {
        violated.addAll(violated(broken));
      }
      assertEquals(declared(type), violated, type.getSimpleName());
    }));
  }

  @Test
  void everyValueTypeOfTheModelHasACase() throws IOException, URISyntaxException {
    java.nio.file.Path classes = java.nio.file.Path.of(Unit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> valueTypes;
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      valueTypes = files.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith("Immutable") && name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring("Immutable".length(), name.length() - ".class".length()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> covered = cases().keySet().stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(valueTypes, covered);
    assertTrue(valueTypes.size() >= 20, "found " + valueTypes);
  }

  @Test
  void violationsInNestedRecordsCarryTheirPath() {
    Dataset dataset = ImmutableDataset.copyOf(Fixtures.dataset())
        .withUnits(ImmutableUnit.copyOf(Fixtures.organ())
            .withDemonstration(ImmutableDemonstration.copyOf(Fixtures.demonstration()).withYear(1999)))
        .withActions(ImmutableAccountabilityAction.copyOf(Fixtures.action())
            .withSubject(ImmutablePersonSubject.copyOf(Fixtures.person()).withPersonId("!")));
    Set<String> paths = validator.validate(dataset).stream()
        .map(v -> v.getPropertyPath().toString()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("actions[0].subject.personId", "units[0].demonstration.year"), paths);
  }

  /** Records with only their required values: empty optionals must satisfy every constraint. */
  @Test
  void minimalRecordsHaveNoViolation() {
    List<Object> minimal = List.of(
        Unit.builder().id("U").name("单位").category(org.qinglian.model.unit.UnitCategory.FAMILY)
            .divisionCode(DivisionCode.of("420102")).build(),
        KeyTask.builder().from(Fixtures.task()).category(java.util.Optional.empty()).supportingUnitIds(List.of())
            .source(java.util.Optional.empty()).completedDate(java.util.Optional.empty())
            .progress(java.util.OptionalInt.empty()).build(),
        Inspection.builder().from(Fixtures.inspection()).methods(Set.of()).taskIds(List.of())
            .topic(java.util.Optional.empty()).riskArea(java.util.Optional.empty()).build(),
        Finding.builder().from(Fixtures.finding()).amountInvolved(java.util.Optional.empty())
            .amountRecovered(java.util.Optional.empty()).followUps(List.of())
            .rectification(Rectification.builder().status(org.qinglian.model.finding.RectificationStatus.PENDING).build())
            .build(),
        PersonSubject.builder().personId("P").build(),
        AccountabilityAction.builder().from(Fixtures.action()).findingId(java.util.Optional.empty())
            .inspectionId(java.util.Optional.empty()).form(java.util.Optional.empty())
            .amountRecovered(java.util.Optional.empty()).subject(OrganizationSubject.of("U")).build(),
        AssessmentRecord.builder().from(Fixtures.assessment()).vetoReason(java.util.Optional.empty()).build(),
        Indicator.builder().from(Fixtures.indicator()).divisionCode(java.util.Optional.empty()).unitId("U").build(),
        DeclaredTotals.builder().build(),
        Dataset.builder().header(Fixtures.header()).build());
    for (Object record : minimal) {
      assertEquals(Set.of(), violated(record), record.getClass().getSimpleName());
    }
  }

  @Test
  void aValidDatasetHasNoViolation() {
    assertEquals(Set.of(), validator.validate(Fixtures.dataset()));
    assertFalse(Fixtures.dataset().getUnits().isEmpty());
  }

  private static Set<String> violated(Object instance) {
    Set<String> result = new TreeSet<>();
    for (ConstraintViolation<Object> violation : validator.validate(instance)) {
      StringBuilder property = new StringBuilder();
      for (Path.Node node : violation.getPropertyPath()) {
        if (node.getName() != null && !node.getName().startsWith("<")) {
          property.append(property.length() == 0 ? "" : ".").append(node.getName());
        }
      }
      result.add(property + ":" + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
    }
    return result;
  }

  private static Set<String> declared(Class<?> type) {
    BeanDescriptor bean = validator.getConstraintsForClass(type);
    Set<String> result = new TreeSet<>();
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
        result.add(property.getPropertyName() + ":" + constraint.getAnnotation().annotationType().getSimpleName());
      }
      for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
        for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
          result.add(property.getPropertyName() + ":" + constraint.getAnnotation().annotationType().getSimpleName());
        }
      }
    }
    assertTrue(bean.getConstraintDescriptors().isEmpty(), "no class-level constraints expected");
    return result;
  }
}
