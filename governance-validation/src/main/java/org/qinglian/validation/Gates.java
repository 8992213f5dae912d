package org.qinglian.validation;

/**
 * The fast gate of each model value class, written from the classes' Bean Validation annotations by
 * {@code GateWriter} (a test: {@code GatesSourceTest} fails when this file is stale; regenerate with
 * {@code mvn -B -pl governance-validation -am test -Dtest=GatesSourceTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dqinglian.updateDocs=true}). Do not edit by hand.
 */
@SuppressWarnings({"unused", "PMD"})
final class Gates {

  private Gates() {}

  /** The classes with a gate here, by the index {@link #passes} takes. */
  static final String[] CLASSES = {
    "org.qinglian.model.accountability.ImmutableAccountabilityAction",
    "org.qinglian.model.accountability.ImmutableOrganizationSubject",
    "org.qinglian.model.accountability.ImmutablePersonSubject",
    "org.qinglian.model.assessment.ImmutableAssessmentRecord",
    "org.qinglian.model.assessment.ImmutableAssessmentScheme",
    "org.qinglian.model.assessment.ImmutableGrade",
    "org.qinglian.model.assessment.ImmutableMethodScores",
    "org.qinglian.model.assessment.ImmutableMethodWeights",
    "org.qinglian.model.dataset.ImmutableDataset",
    "org.qinglian.model.dataset.ImmutableDatasetHeader",
    "org.qinglian.model.dataset.ImmutableDeclaredTotals",
    "org.qinglian.model.dataset.ImmutableProducer",
    "org.qinglian.model.finding.ImmutableFinding",
    "org.qinglian.model.finding.ImmutableFollowUp",
    "org.qinglian.model.finding.ImmutableRectification",
    "org.qinglian.model.indicator.ImmutableIndicator",
    "org.qinglian.model.inspection.ImmutableInspection",
    "org.qinglian.model.task.ImmutableKeyTask",
    "org.qinglian.model.time.ImmutableYearPeriod",
    "org.qinglian.model.unit.ImmutableDemonstration",
    "org.qinglian.model.unit.ImmutableUnit",
  };
  private static final java.math.BigDecimal C0 = new java.math.BigDecimal("0");
  private static final java.math.BigDecimal C1 = new java.math.BigDecimal("2000");
  private static final java.math.BigDecimal C2 = new java.math.BigDecimal("2100");
  private static final java.math.BigDecimal C3 = new java.math.BigDecimal("1");
  private static final java.util.regex.Pattern C4 = java.util.regex.Pattern.compile("[0-9]{1,3}\\.[0-9]{1,3}", 0);
  private static final java.math.BigDecimal C5 = new java.math.BigDecimal("100");
  private static final org.qinglian.model.constraint.IdentifierValidators.ForDivisionCode V0 = new org.qinglian.model.constraint.IdentifierValidators.ForDivisionCode();
  private static final org.qinglian.model.constraint.IdentifierValidators.ForCreditCode V1 = new org.qinglian.model.constraint.IdentifierValidators.ForCreditCode();
  private static final org.qinglian.model.constraint.IdentifierValidators.ForResidentId V2 = new org.qinglian.model.constraint.IdentifierValidators.ForResidentId();

  /** Whether {@code bean}, of {@code CLASSES[index]}, certainly breaks no constraint. */
  static boolean passes(int index, Object bean, FastGate gate) {
    switch (index) {
      case 0: return accountabilityAction((org.qinglian.model.accountability.ImmutableAccountabilityAction) bean, gate);
      case 1: return organizationSubject((org.qinglian.model.accountability.ImmutableOrganizationSubject) bean, gate);
      case 2: return personSubject((org.qinglian.model.accountability.ImmutablePersonSubject) bean, gate);
      case 3: return assessmentRecord((org.qinglian.model.assessment.ImmutableAssessmentRecord) bean, gate);
      case 4: return assessmentScheme((org.qinglian.model.assessment.ImmutableAssessmentScheme) bean, gate);
      case 5: return grade((org.qinglian.model.assessment.ImmutableGrade) bean, gate);
      case 6: return methodScores((org.qinglian.model.assessment.ImmutableMethodScores) bean, gate);
      case 7: return methodWeights((org.qinglian.model.assessment.ImmutableMethodWeights) bean, gate);
      case 8: return dataset((org.qinglian.model.dataset.ImmutableDataset) bean, gate);
      case 9: return datasetHeader((org.qinglian.model.dataset.ImmutableDatasetHeader) bean, gate);
      case 10: return declaredTotals((org.qinglian.model.dataset.ImmutableDeclaredTotals) bean, gate);
      case 11: return producer((org.qinglian.model.dataset.ImmutableProducer) bean, gate);
      case 12: return finding((org.qinglian.model.finding.ImmutableFinding) bean, gate);
      case 13: return followUp((org.qinglian.model.finding.ImmutableFollowUp) bean, gate);
      case 14: return rectification((org.qinglian.model.finding.ImmutableRectification) bean, gate);
      case 15: return indicator((org.qinglian.model.indicator.ImmutableIndicator) bean, gate);
      case 16: return inspection((org.qinglian.model.inspection.ImmutableInspection) bean, gate);
      case 17: return keyTask((org.qinglian.model.task.ImmutableKeyTask) bean, gate);
      case 18: return yearPeriod((org.qinglian.model.time.ImmutableYearPeriod) bean, gate);
      case 19: return demonstration((org.qinglian.model.unit.ImmutableDemonstration) bean, gate);
      case 20: return unit((org.qinglian.model.unit.ImmutableUnit) bean, gate);
      default: return false;
    }
  }

  /** {@link org.qinglian.model.accountability.ImmutableAccountabilityAction}. */
  private static boolean accountabilityAction(org.qinglian.model.accountability.ImmutableAccountabilityAction bean, FastGate gate) {
    if (!property0(bean.getAmountRecovered(), gate)) {
      return false;
    }
    if (!property1(bean.getDecidingUnitId(), gate)) {
      return false;
    }
    if (!property2(bean.getFindingId(), gate)) {
      return false;
    }
    if (!property1(bean.getId(), gate)) {
      return false;
    }
    if (!property2(bean.getInspectionId(), gate)) {
      return false;
    }
    if (!property3(bean.getSubject(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.accountability.ImmutableOrganizationSubject}. */
  private static boolean organizationSubject(org.qinglian.model.accountability.ImmutableOrganizationSubject bean, FastGate gate) {
    if (!property1(bean.getUnitId(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.accountability.ImmutablePersonSubject}. */
  private static boolean personSubject(org.qinglian.model.accountability.ImmutablePersonSubject bean, FastGate gate) {
    if (!property4(bean.getName(), gate)) {
      return false;
    }
    if (!property1(bean.getPersonId(), gate)) {
      return false;
    }
    if (!property5(bean.getPosition(), gate)) {
      return false;
    }
    if (!property6(bean.getResidentId(), gate)) {
      return false;
    }
    if (!property2(bean.getUnitId(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.assessment.ImmutableAssessmentRecord}. */
  private static boolean assessmentRecord(org.qinglian.model.assessment.ImmutableAssessmentRecord bean, FastGate gate) {
    if (!property1(bean.getAssessorUnitId(), gate)) {
      return false;
    }
    if (!property7(bean.getGrade(), gate)) {
      return false;
    }
    if (!property1(bean.getId(), gate)) {
      return false;
    }
    if (!property3(bean.getPeriod(), gate)) {
      return false;
    }
    if (!property1(bean.getSchemeId(), gate)) {
      return false;
    }
    if (!property3(bean.getScores(), gate)) {
      return false;
    }
    if (!property8(bean.getTotal(), gate)) {
      return false;
    }
    if (!property1(bean.getUnitId(), gate)) {
      return false;
    }
    if (!property9(bean.getVetoReason(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.assessment.ImmutableAssessmentScheme}. */
  private static boolean assessmentScheme(org.qinglian.model.assessment.ImmutableAssessmentScheme bean, FastGate gate) {
    if (!property10(bean.getGrades(), gate)) {
      return false;
    }
    if (!property1(bean.getId(), gate)) {
      return false;
    }
    if (!property11(bean.getMaxScore(), gate)) {
      return false;
    }
    if (!property12(bean.getTitle(), gate)) {
      return false;
    }
    if (!property3(bean.getWeights(), gate)) {
      return false;
    }
    if (!property13(bean.getYear(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.assessment.ImmutableGrade}. */
  private static boolean grade(org.qinglian.model.assessment.ImmutableGrade bean, FastGate gate) {
    if (!property7(bean.getCode(), gate)) {
      return false;
    }
    if (!property7(bean.getLabel(), gate)) {
      return false;
    }
    if (!property14(bean.getMinScore(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.assessment.ImmutableMethodScores}. */
  private static boolean methodScores(org.qinglian.model.assessment.ImmutableMethodScores bean, FastGate gate) {
    if (!property8(bean.getDemocratic(), gate)) {
      return false;
    }
    if (!property8(bean.getOnSite(), gate)) {
      return false;
    }
    if (!property8(bean.getRoutine(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.assessment.ImmutableMethodWeights}. */
  private static boolean methodWeights(org.qinglian.model.assessment.ImmutableMethodWeights bean, FastGate gate) {
    if (!property15(bean.getDemocratic(), gate)) {
      return false;
    }
    if (!property15(bean.getOnSite(), gate)) {
      return false;
    }
    if (!property15(bean.getRoutine(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.dataset.ImmutableDataset}. */
  private static boolean dataset(org.qinglian.model.dataset.ImmutableDataset bean, FastGate gate) {
    if (!property16(bean.getActions(), gate)) {
      return false;
    }
    if (!property16(bean.getAssessmentSchemes(), gate)) {
      return false;
    }
    if (!property16(bean.getAssessments(), gate)) {
      return false;
    }
    if (!property17(bean.getDeclaredTotals(), gate)) {
      return false;
    }
    if (!property16(bean.getFindings(), gate)) {
      return false;
    }
    if (!property3(bean.getHeader(), gate)) {
      return false;
    }
    if (!property16(bean.getIndicators(), gate)) {
      return false;
    }
    if (!property16(bean.getInspections(), gate)) {
      return false;
    }
    if (!property16(bean.getTasks(), gate)) {
      return false;
    }
    if (!property16(bean.getUnits(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.dataset.ImmutableDatasetHeader}. */
  private static boolean datasetHeader(org.qinglian.model.dataset.ImmutableDatasetHeader bean, FastGate gate) {
    if (!property1(bean.getDatasetId(), gate)) {
      return false;
    }
    if (!property18(bean.getJurisdiction(), gate)) {
      return false;
    }
    if (!property3(bean.getProducer(), gate)) {
      return false;
    }
    if (!property19(bean.getSchemaVersion(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.dataset.ImmutableDeclaredTotals}. */
  private static boolean declaredTotals(org.qinglian.model.dataset.ImmutableDeclaredTotals bean, FastGate gate) {
    if (!property14(bean.getFindings(), gate)) {
      return false;
    }
    if (!property14(bean.getFindingsRectified(), gate)) {
      return false;
    }
    if (!property14(bean.getInspections(), gate)) {
      return false;
    }
    if (!property0(bean.getMoneyRecovered(), gate)) {
      return false;
    }
    if (!property14(bean.getPersonsHandled(), gate)) {
      return false;
    }
    if (!property20(bean.getPersonsHandledByForm(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.dataset.ImmutableProducer}. */
  private static boolean producer(org.qinglian.model.dataset.ImmutableProducer bean, FastGate gate) {
    if (!property18(bean.getCreditCode(), gate)) {
      return false;
    }
    if (!property21(bean.getName(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.finding.ImmutableFinding}. */
  private static boolean finding(org.qinglian.model.finding.ImmutableFinding bean, FastGate gate) {
    if (!property0(bean.getAmountInvolved(), gate)) {
      return false;
    }
    if (!property0(bean.getAmountRecovered(), gate)) {
      return false;
    }
    if (!property22(bean.getDescription(), gate)) {
      return false;
    }
    if (!property16(bean.getFollowUps(), gate)) {
      return false;
    }
    if (!property1(bean.getId(), gate)) {
      return false;
    }
    if (!property1(bean.getInspectionId(), gate)) {
      return false;
    }
    if (!property3(bean.getRectification(), gate)) {
      return false;
    }
    if (!property1(bean.getUnitId(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.finding.ImmutableFollowUp}. */
  private static boolean followUp(org.qinglian.model.finding.ImmutableFollowUp bean, FastGate gate) {
    return true;
  }

  /** {@link org.qinglian.model.finding.ImmutableRectification}. */
  private static boolean rectification(org.qinglian.model.finding.ImmutableRectification bean, FastGate gate) {
    if (!property23(bean.getMeasures(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.indicator.ImmutableIndicator}. */
  private static boolean indicator(org.qinglian.model.indicator.ImmutableIndicator bean, FastGate gate) {
    if (!property6(bean.getDivisionCode(), gate)) {
      return false;
    }
    if (!property1(bean.getId(), gate)) {
      return false;
    }
    if (!property3(bean.getPeriod(), gate)) {
      return false;
    }
    if (!property2(bean.getUnitId(), gate)) {
      return false;
    }
    if (!property24(bean.getValue(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.inspection.ImmutableInspection}. */
  private static boolean inspection(org.qinglian.model.inspection.ImmutableInspection bean, FastGate gate) {
    if (!property1(bean.getId(), gate)) {
      return false;
    }
    if (!property1(bean.getInspectorUnitId(), gate)) {
      return false;
    }
    if (!property25(bean.getTargetUnitIds(), gate)) {
      return false;
    }
    if (!property26(bean.getTaskIds(), gate)) {
      return false;
    }
    if (!property9(bean.getTopic(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.task.ImmutableKeyTask}. */
  private static boolean keyTask(org.qinglian.model.task.ImmutableKeyTask bean, FastGate gate) {
    if (!property1(bean.getId(), gate)) {
      return false;
    }
    if (!property18(bean.getJurisdiction(), gate)) {
      return false;
    }
    if (!property1(bean.getLeadUnitId(), gate)) {
      return false;
    }
    if (!property27(bean.getProgress(), gate)) {
      return false;
    }
    if (!property9(bean.getSource(), gate)) {
      return false;
    }
    if (!property26(bean.getSupportingUnitIds(), gate)) {
      return false;
    }
    if (!property12(bean.getTitle(), gate)) {
      return false;
    }
    if (!property13(bean.getYear(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.time.ImmutableYearPeriod}. */
  private static boolean yearPeriod(org.qinglian.model.time.ImmutableYearPeriod bean, FastGate gate) {
    if (!property28(bean.isIndexValid(), gate)) {
      return false;
    }
    if (!property13(bean.getYear(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.unit.ImmutableDemonstration}. */
  private static boolean demonstration(org.qinglian.model.unit.ImmutableDemonstration bean, FastGate gate) {
    if (!property13(bean.getYear(), gate)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.unit.ImmutableUnit}. */
  private static boolean unit(org.qinglian.model.unit.ImmutableUnit bean, FastGate gate) {
    if (!property6(bean.getCreditCode(), gate)) {
      return false;
    }
    if (!property17(bean.getDemonstration(), gate)) {
      return false;
    }
    if (!property18(bean.getDivisionCode(), gate)) {
      return false;
    }
    if (!property1(bean.getId(), gate)) {
      return false;
    }
    if (!property2(bean.getLeadDepartmentId(), gate)) {
      return false;
    }
    if (!property21(bean.getName(), gate)) {
      return false;
    }
    if (!property2(bean.getParentId(), gate)) {
      return false;
    }
    return true;
  }

  /** Checks {@code @Cny} on the optional value. */
  private static boolean property0(Object value, FastGate gate) {
    if (value != null) {
      Object e = ((java.util.Optional<?>) value).orElse(null);
      if (!((FastGate.atLeast(e, C0, true) && FastGate.digits(e, 15, 2)))) {
        return false;
      }
    }
    return true;
  }

  /** Checks {@code @RecordId}. */
  private static boolean property1(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
      return false;
    }
    return true;
  }

  /** Checks {@code @RecordId} on the optional value. */
  private static boolean property2(Object value, FastGate gate) {
    if (value != null) {
      Object e = ((java.util.Optional<?>) value).orElse(null);
      if (!((FastGate.size(e, 1, 64) && FastGate.recordId(e)))) {
        return false;
      }
    }
    return true;
  }

  /** Checks {@code @Valid}. */
  private static boolean property3(Object value, FastGate gate) {
    if (!gate.cascade(value)) {
      return false;
    }
    return true;
  }

  /** Checks {@code @HasText} {@code @TextCharacters} {@code @Size} on the optional value. */
  private static boolean property4(Object value, FastGate gate) {
    if (value != null) {
      Object e = ((java.util.Optional<?>) value).orElse(null);
      if (!(FastGate.hasText(e)
          && gate.textCharacters(e)
          && FastGate.size(e, 0, 100))) {
        return false;
      }
    }
    return true;
  }

  /** Checks {@code @HasText} {@code @TextCharacters} {@code @Size} on the optional value. */
  private static boolean property5(Object value, FastGate gate) {
    if (value != null) {
      Object e = ((java.util.Optional<?>) value).orElse(null);
      if (!(FastGate.hasText(e)
          && gate.textCharacters(e)
          && FastGate.size(e, 0, 200))) {
        return false;
      }
    }
    return true;
  }

  /** {@code @ValidIdentifier} by its validators: the first whose type fits decides; one that fails refuses. */
  private static boolean checkValidIdentifier(Object value) {
    if (value == null) {
      return true;
    }
    try {
      if (value instanceof org.qinglian.model.identifier.DivisionCode) {
        return V0.isValid((org.qinglian.model.identifier.DivisionCode) value, null);
      }
      if (value instanceof org.qinglian.model.identifier.CreditCode) {
        return V1.isValid((org.qinglian.model.identifier.CreditCode) value, null);
      }
      if (value instanceof org.qinglian.model.identifier.ResidentId) {
        return V2.isValid((org.qinglian.model.identifier.ResidentId) value, null);
      }
    } catch (RuntimeException e) {
      return false;
    }
    return false;
  }

  /** Checks {@code @ValidIdentifier} on the optional value. */
  private static boolean property6(Object value, FastGate gate) {
    if (value != null) {
      Object e = ((java.util.Optional<?>) value).orElse(null);
      if (!(checkValidIdentifier(e))) {
        return false;
      }
    }
    return true;
  }

  /** Checks {@code @NotBlank}; {@code @Size}; {@code @TextCharacters}. */
  private static boolean property7(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.notBlank(v)
        && FastGate.size(v, 0, 32)
        && gate.textCharacters(v))) {
      return false;
    }
    return true;
  }

  /** Checks {@code @PositiveOrZero}; {@code @Digits}. */
  private static boolean property8(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.atLeast(v, C0, true)
        && FastGate.digits(v, 6, 2))) {
      return false;
    }
    return true;
  }

  /** Checks {@code @HasText} {@code @TextCharacters} {@code @Size} on the optional value. */
  private static boolean property9(Object value, FastGate gate) {
    if (value != null) {
      Object e = ((java.util.Optional<?>) value).orElse(null);
      if (!(FastGate.hasText(e)
          && gate.textCharacters(e)
          && FastGate.size(e, 0, 500))) {
        return false;
      }
    }
    return true;
  }

  /** Checks {@code @NotEmpty}; {@code @Valid} on the elements. */
  private static boolean property10(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.notEmpty(v))) {
      return false;
    }
    if (value != null) {
      for (Object e : (Iterable<?>) value) {
        if (!(gate.cascade(e))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Checks {@code @Positive}. */
  private static boolean property11(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.atLeast(v, C0, false))) {
      return false;
    }
    return true;
  }

  /** Checks {@code @NotBlank}; {@code @Size}; {@code @TextCharacters}. */
  private static boolean property12(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.notBlank(v)
        && FastGate.size(v, 0, 500)
        && gate.textCharacters(v))) {
      return false;
    }
    return true;
  }

  /** Checks {@code @Min}; {@code @Max}. */
  private static boolean property13(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.atLeast(v, C1, true)
        && FastGate.atMost(v, C2, true))) {
      return false;
    }
    return true;
  }

  /** Checks {@code @PositiveOrZero}. */
  private static boolean property14(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.atLeast(v, C0, true))) {
      return false;
    }
    return true;
  }

  /** Checks {@code @PositiveOrZero}; {@code @Max}; {@code @Digits}. */
  private static boolean property15(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.atLeast(v, C0, true)
        && FastGate.atMost(v, C3, true)
        && FastGate.digits(v, 1, 4))) {
      return false;
    }
    return true;
  }

  /** Checks {@code @Valid} on the elements. */
  private static boolean property16(Object value, FastGate gate) {
    if (value != null) {
      for (Object e : (Iterable<?>) value) {
        if (!(gate.cascade(e))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Checks {@code @Valid} on the optional value. */
  private static boolean property17(Object value, FastGate gate) {
    if (value != null) {
      Object e = ((java.util.Optional<?>) value).orElse(null);
      if (!(gate.cascade(e))) {
        return false;
      }
    }
    return true;
  }

  /** Checks {@code @ValidIdentifier}. */
  private static boolean property18(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(checkValidIdentifier(v))) {
      return false;
    }
    return true;
  }

  /** Checks {@code @Pattern}. */
  private static boolean property19(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.matches(v, C4))) {
      return false;
    }
    return true;
  }

  /** Checks {@code @Min} on the values. */
  private static boolean property20(Object value, FastGate gate) {
    if (value != null) {
      for (Object e : ((java.util.Map<?, ?>) value).values()) {
        if (!(FastGate.atLeast(e, C0, true))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Checks {@code @NotBlank}; {@code @Size}; {@code @TextCharacters}. */
  private static boolean property21(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.notBlank(v)
        && FastGate.size(v, 0, 200)
        && gate.textCharacters(v))) {
      return false;
    }
    return true;
  }

  /** Checks {@code @NotBlank}; {@code @Size}; {@code @TextCharacters}. */
  private static boolean property22(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.notBlank(v)
        && FastGate.size(v, 0, 2000)
        && gate.textCharacters(v))) {
      return false;
    }
    return true;
  }

  /** Checks {@code @HasText} {@code @TextCharacters} {@code @Size} on the optional value. */
  private static boolean property23(Object value, FastGate gate) {
    if (value != null) {
      Object e = ((java.util.Optional<?>) value).orElse(null);
      if (!(FastGate.hasText(e)
          && gate.textCharacters(e)
          && FastGate.size(e, 0, 2000))) {
        return false;
      }
    }
    return true;
  }

  /** Checks {@code @Digits}. */
  private static boolean property24(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.digits(v, 12, 4))) {
      return false;
    }
    return true;
  }

  /** Checks {@code @NotEmpty}; {@code @RecordId} on the elements. */
  private static boolean property25(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.notEmpty(v))) {
      return false;
    }
    if (value != null) {
      for (Object e : (Iterable<?>) value) {
        if (!((FastGate.size(e, 1, 64) && FastGate.recordId(e)))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Checks {@code @RecordId} on the elements. */
  private static boolean property26(Object value, FastGate gate) {
    if (value != null) {
      for (Object e : (Iterable<?>) value) {
        if (!((FastGate.size(e, 1, 64) && FastGate.recordId(e)))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Checks {@code @Min}; {@code @Max}. */
  private static boolean property27(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.atLeast(v, C0, true)
        && FastGate.atMost(v, C5, true))) {
      return false;
    }
    return true;
  }

  /** Checks {@code @AssertTrue}. */
  private static boolean property28(Object value, FastGate gate) {
    Object v = FastGate.unwrapped(value);
    if (!(FastGate.isTrue(v))) {
      return false;
    }
    return true;
  }
}
