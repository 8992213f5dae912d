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
    Object amountRecoveredValue = bean.getAmountRecovered();
    if (amountRecoveredValue != null) {
      Object e = ((java.util.Optional<?>) amountRecoveredValue).orElse(null);
      if (!((FastGate.atLeast(e, C0, true) && FastGate.digits(e, 15, 2)))) {
        return false;
      }
    }
    Object decidingUnitIdValue = bean.getDecidingUnitId();
    {
      Object v = FastGate.unwrapped(decidingUnitIdValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object findingIdValue = bean.getFindingId();
    if (findingIdValue != null) {
      Object e = ((java.util.Optional<?>) findingIdValue).orElse(null);
      if (!((FastGate.size(e, 1, 64) && FastGate.recordId(e)))) {
        return false;
      }
    }
    Object idValue = bean.getId();
    {
      Object v = FastGate.unwrapped(idValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object inspectionIdValue = bean.getInspectionId();
    if (inspectionIdValue != null) {
      Object e = ((java.util.Optional<?>) inspectionIdValue).orElse(null);
      if (!((FastGate.size(e, 1, 64) && FastGate.recordId(e)))) {
        return false;
      }
    }
    Object subjectValue = bean.getSubject();
    if (!gate.cascade(subjectValue)) {
      return false;
    }
    return true;
  }

  /** {@link org.qinglian.model.accountability.ImmutableOrganizationSubject}. */
  private static boolean organizationSubject(org.qinglian.model.accountability.ImmutableOrganizationSubject bean, FastGate gate) {
    Object unitIdValue = bean.getUnitId();
    {
      Object v = FastGate.unwrapped(unitIdValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.accountability.ImmutablePersonSubject}. */
  private static boolean personSubject(org.qinglian.model.accountability.ImmutablePersonSubject bean, FastGate gate) {
    Object nameValue = bean.getName();
    if (nameValue != null) {
      Object e = ((java.util.Optional<?>) nameValue).orElse(null);
      if (!(FastGate.hasText(e)
          && FastGate.size(e, 0, 100))) {
        return false;
      }
    }
    Object personIdValue = bean.getPersonId();
    {
      Object v = FastGate.unwrapped(personIdValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object positionValue = bean.getPosition();
    if (positionValue != null) {
      Object e = ((java.util.Optional<?>) positionValue).orElse(null);
      if (!(FastGate.hasText(e)
          && FastGate.size(e, 0, 200))) {
        return false;
      }
    }
    Object residentIdValue = bean.getResidentId();
    if (residentIdValue != null) {
      Object e = ((java.util.Optional<?>) residentIdValue).orElse(null);
      if (!(checkValidIdentifier(e))) {
        return false;
      }
    }
    Object unitIdValue = bean.getUnitId();
    if (unitIdValue != null) {
      Object e = ((java.util.Optional<?>) unitIdValue).orElse(null);
      if (!((FastGate.size(e, 1, 64) && FastGate.recordId(e)))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.assessment.ImmutableAssessmentRecord}. */
  private static boolean assessmentRecord(org.qinglian.model.assessment.ImmutableAssessmentRecord bean, FastGate gate) {
    Object assessorUnitIdValue = bean.getAssessorUnitId();
    {
      Object v = FastGate.unwrapped(assessorUnitIdValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object gradeValue = bean.getGrade();
    {
      Object v = FastGate.unwrapped(gradeValue);
      if (!(FastGate.notBlank(v)
          && FastGate.size(v, 0, 32))) {
        return false;
      }
    }
    Object idValue = bean.getId();
    {
      Object v = FastGate.unwrapped(idValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object periodValue = bean.getPeriod();
    if (!gate.cascade(periodValue)) {
      return false;
    }
    Object schemeIdValue = bean.getSchemeId();
    {
      Object v = FastGate.unwrapped(schemeIdValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object scoresValue = bean.getScores();
    if (!gate.cascade(scoresValue)) {
      return false;
    }
    Object totalValue = bean.getTotal();
    {
      Object v = FastGate.unwrapped(totalValue);
      if (!(FastGate.atLeast(v, C0, true)
          && FastGate.digits(v, 6, 2))) {
        return false;
      }
    }
    Object unitIdValue = bean.getUnitId();
    {
      Object v = FastGate.unwrapped(unitIdValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object vetoReasonValue = bean.getVetoReason();
    if (vetoReasonValue != null) {
      Object e = ((java.util.Optional<?>) vetoReasonValue).orElse(null);
      if (!(FastGate.hasText(e)
          && FastGate.size(e, 0, 500))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.assessment.ImmutableAssessmentScheme}. */
  private static boolean assessmentScheme(org.qinglian.model.assessment.ImmutableAssessmentScheme bean, FastGate gate) {
    Object gradesValue = bean.getGrades();
    {
      Object v = FastGate.unwrapped(gradesValue);
      if (!(FastGate.notEmpty(v))) {
        return false;
      }
    }
    if (gradesValue != null) {
      for (Object e : (Iterable<?>) gradesValue) {
        if (!(gate.cascade(e))) {
          return false;
        }
      }
    }
    Object idValue = bean.getId();
    {
      Object v = FastGate.unwrapped(idValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object maxScoreValue = bean.getMaxScore();
    {
      Object v = FastGate.unwrapped(maxScoreValue);
      if (!(FastGate.atLeast(v, C0, false))) {
        return false;
      }
    }
    Object titleValue = bean.getTitle();
    {
      Object v = FastGate.unwrapped(titleValue);
      if (!(FastGate.notBlank(v)
          && FastGate.size(v, 0, 500))) {
        return false;
      }
    }
    Object weightsValue = bean.getWeights();
    if (!gate.cascade(weightsValue)) {
      return false;
    }
    Object yearValue = bean.getYear();
    {
      Object v = FastGate.unwrapped(yearValue);
      if (!(FastGate.atLeast(v, C1, true)
          && FastGate.atMost(v, C2, true))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.assessment.ImmutableGrade}. */
  private static boolean grade(org.qinglian.model.assessment.ImmutableGrade bean, FastGate gate) {
    Object codeValue = bean.getCode();
    {
      Object v = FastGate.unwrapped(codeValue);
      if (!(FastGate.notBlank(v)
          && FastGate.size(v, 0, 32))) {
        return false;
      }
    }
    Object labelValue = bean.getLabel();
    {
      Object v = FastGate.unwrapped(labelValue);
      if (!(FastGate.notBlank(v)
          && FastGate.size(v, 0, 32))) {
        return false;
      }
    }
    Object minScoreValue = bean.getMinScore();
    {
      Object v = FastGate.unwrapped(minScoreValue);
      if (!(FastGate.atLeast(v, C0, true))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.assessment.ImmutableMethodScores}. */
  private static boolean methodScores(org.qinglian.model.assessment.ImmutableMethodScores bean, FastGate gate) {
    Object democraticValue = bean.getDemocratic();
    {
      Object v = FastGate.unwrapped(democraticValue);
      if (!(FastGate.atLeast(v, C0, true)
          && FastGate.digits(v, 6, 2))) {
        return false;
      }
    }
    Object onSiteValue = bean.getOnSite();
    {
      Object v = FastGate.unwrapped(onSiteValue);
      if (!(FastGate.atLeast(v, C0, true)
          && FastGate.digits(v, 6, 2))) {
        return false;
      }
    }
    Object routineValue = bean.getRoutine();
    {
      Object v = FastGate.unwrapped(routineValue);
      if (!(FastGate.atLeast(v, C0, true)
          && FastGate.digits(v, 6, 2))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.assessment.ImmutableMethodWeights}. */
  private static boolean methodWeights(org.qinglian.model.assessment.ImmutableMethodWeights bean, FastGate gate) {
    Object democraticValue = bean.getDemocratic();
    {
      Object v = FastGate.unwrapped(democraticValue);
      if (!(FastGate.atLeast(v, C0, true)
          && FastGate.atMost(v, C3, true)
          && FastGate.digits(v, 1, 4))) {
        return false;
      }
    }
    Object onSiteValue = bean.getOnSite();
    {
      Object v = FastGate.unwrapped(onSiteValue);
      if (!(FastGate.atLeast(v, C0, true)
          && FastGate.atMost(v, C3, true)
          && FastGate.digits(v, 1, 4))) {
        return false;
      }
    }
    Object routineValue = bean.getRoutine();
    {
      Object v = FastGate.unwrapped(routineValue);
      if (!(FastGate.atLeast(v, C0, true)
          && FastGate.atMost(v, C3, true)
          && FastGate.digits(v, 1, 4))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.dataset.ImmutableDataset}. */
  private static boolean dataset(org.qinglian.model.dataset.ImmutableDataset bean, FastGate gate) {
    Object actionsValue = bean.getActions();
    if (actionsValue != null) {
      for (Object e : (Iterable<?>) actionsValue) {
        if (!(gate.cascade(e))) {
          return false;
        }
      }
    }
    Object assessmentSchemesValue = bean.getAssessmentSchemes();
    if (assessmentSchemesValue != null) {
      for (Object e : (Iterable<?>) assessmentSchemesValue) {
        if (!(gate.cascade(e))) {
          return false;
        }
      }
    }
    Object assessmentsValue = bean.getAssessments();
    if (assessmentsValue != null) {
      for (Object e : (Iterable<?>) assessmentsValue) {
        if (!(gate.cascade(e))) {
          return false;
        }
      }
    }
    Object declaredTotalsValue = bean.getDeclaredTotals();
    if (declaredTotalsValue != null) {
      Object e = ((java.util.Optional<?>) declaredTotalsValue).orElse(null);
      if (!(gate.cascade(e))) {
        return false;
      }
    }
    Object findingsValue = bean.getFindings();
    if (findingsValue != null) {
      for (Object e : (Iterable<?>) findingsValue) {
        if (!(gate.cascade(e))) {
          return false;
        }
      }
    }
    Object headerValue = bean.getHeader();
    if (!gate.cascade(headerValue)) {
      return false;
    }
    Object indicatorsValue = bean.getIndicators();
    if (indicatorsValue != null) {
      for (Object e : (Iterable<?>) indicatorsValue) {
        if (!(gate.cascade(e))) {
          return false;
        }
      }
    }
    Object inspectionsValue = bean.getInspections();
    if (inspectionsValue != null) {
      for (Object e : (Iterable<?>) inspectionsValue) {
        if (!(gate.cascade(e))) {
          return false;
        }
      }
    }
    Object tasksValue = bean.getTasks();
    if (tasksValue != null) {
      for (Object e : (Iterable<?>) tasksValue) {
        if (!(gate.cascade(e))) {
          return false;
        }
      }
    }
    Object unitsValue = bean.getUnits();
    if (unitsValue != null) {
      for (Object e : (Iterable<?>) unitsValue) {
        if (!(gate.cascade(e))) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.dataset.ImmutableDatasetHeader}. */
  private static boolean datasetHeader(org.qinglian.model.dataset.ImmutableDatasetHeader bean, FastGate gate) {
    Object datasetIdValue = bean.getDatasetId();
    {
      Object v = FastGate.unwrapped(datasetIdValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object jurisdictionValue = bean.getJurisdiction();
    {
      Object v = FastGate.unwrapped(jurisdictionValue);
      if (!(checkValidIdentifier(v))) {
        return false;
      }
    }
    Object producerValue = bean.getProducer();
    if (!gate.cascade(producerValue)) {
      return false;
    }
    Object schemaVersionValue = bean.getSchemaVersion();
    {
      Object v = FastGate.unwrapped(schemaVersionValue);
      if (!(FastGate.matches(v, C4))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.dataset.ImmutableDeclaredTotals}. */
  private static boolean declaredTotals(org.qinglian.model.dataset.ImmutableDeclaredTotals bean, FastGate gate) {
    Object findingsValue = bean.getFindings();
    {
      Object v = FastGate.unwrapped(findingsValue);
      if (!(FastGate.atLeast(v, C0, true))) {
        return false;
      }
    }
    Object findingsRectifiedValue = bean.getFindingsRectified();
    {
      Object v = FastGate.unwrapped(findingsRectifiedValue);
      if (!(FastGate.atLeast(v, C0, true))) {
        return false;
      }
    }
    Object inspectionsValue = bean.getInspections();
    {
      Object v = FastGate.unwrapped(inspectionsValue);
      if (!(FastGate.atLeast(v, C0, true))) {
        return false;
      }
    }
    Object moneyRecoveredValue = bean.getMoneyRecovered();
    if (moneyRecoveredValue != null) {
      Object e = ((java.util.Optional<?>) moneyRecoveredValue).orElse(null);
      if (!((FastGate.atLeast(e, C0, true) && FastGate.digits(e, 15, 2)))) {
        return false;
      }
    }
    Object personsHandledValue = bean.getPersonsHandled();
    {
      Object v = FastGate.unwrapped(personsHandledValue);
      if (!(FastGate.atLeast(v, C0, true))) {
        return false;
      }
    }
    Object personsHandledByFormValue = bean.getPersonsHandledByForm();
    if (personsHandledByFormValue != null) {
      for (Object e : ((java.util.Map<?, ?>) personsHandledByFormValue).values()) {
        if (!(FastGate.atLeast(e, C0, true))) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.dataset.ImmutableProducer}. */
  private static boolean producer(org.qinglian.model.dataset.ImmutableProducer bean, FastGate gate) {
    Object creditCodeValue = bean.getCreditCode();
    {
      Object v = FastGate.unwrapped(creditCodeValue);
      if (!(checkValidIdentifier(v))) {
        return false;
      }
    }
    Object nameValue = bean.getName();
    {
      Object v = FastGate.unwrapped(nameValue);
      if (!(FastGate.notBlank(v)
          && FastGate.size(v, 0, 200))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.finding.ImmutableFinding}. */
  private static boolean finding(org.qinglian.model.finding.ImmutableFinding bean, FastGate gate) {
    Object amountInvolvedValue = bean.getAmountInvolved();
    if (amountInvolvedValue != null) {
      Object e = ((java.util.Optional<?>) amountInvolvedValue).orElse(null);
      if (!((FastGate.atLeast(e, C0, true) && FastGate.digits(e, 15, 2)))) {
        return false;
      }
    }
    Object amountRecoveredValue = bean.getAmountRecovered();
    if (amountRecoveredValue != null) {
      Object e = ((java.util.Optional<?>) amountRecoveredValue).orElse(null);
      if (!((FastGate.atLeast(e, C0, true) && FastGate.digits(e, 15, 2)))) {
        return false;
      }
    }
    Object descriptionValue = bean.getDescription();
    {
      Object v = FastGate.unwrapped(descriptionValue);
      if (!(FastGate.notBlank(v)
          && FastGate.size(v, 0, 2000))) {
        return false;
      }
    }
    Object followUpsValue = bean.getFollowUps();
    if (followUpsValue != null) {
      for (Object e : (Iterable<?>) followUpsValue) {
        if (!(gate.cascade(e))) {
          return false;
        }
      }
    }
    Object idValue = bean.getId();
    {
      Object v = FastGate.unwrapped(idValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object inspectionIdValue = bean.getInspectionId();
    {
      Object v = FastGate.unwrapped(inspectionIdValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object rectificationValue = bean.getRectification();
    if (!gate.cascade(rectificationValue)) {
      return false;
    }
    Object unitIdValue = bean.getUnitId();
    {
      Object v = FastGate.unwrapped(unitIdValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.finding.ImmutableFollowUp}. */
  private static boolean followUp(org.qinglian.model.finding.ImmutableFollowUp bean, FastGate gate) {
    return true;
  }

  /** {@link org.qinglian.model.finding.ImmutableRectification}. */
  private static boolean rectification(org.qinglian.model.finding.ImmutableRectification bean, FastGate gate) {
    Object measuresValue = bean.getMeasures();
    if (measuresValue != null) {
      Object e = ((java.util.Optional<?>) measuresValue).orElse(null);
      if (!(FastGate.hasText(e)
          && FastGate.size(e, 0, 2000))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.indicator.ImmutableIndicator}. */
  private static boolean indicator(org.qinglian.model.indicator.ImmutableIndicator bean, FastGate gate) {
    Object divisionCodeValue = bean.getDivisionCode();
    if (divisionCodeValue != null) {
      Object e = ((java.util.Optional<?>) divisionCodeValue).orElse(null);
      if (!(checkValidIdentifier(e))) {
        return false;
      }
    }
    Object idValue = bean.getId();
    {
      Object v = FastGate.unwrapped(idValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object periodValue = bean.getPeriod();
    if (!gate.cascade(periodValue)) {
      return false;
    }
    Object unitIdValue = bean.getUnitId();
    if (unitIdValue != null) {
      Object e = ((java.util.Optional<?>) unitIdValue).orElse(null);
      if (!((FastGate.size(e, 1, 64) && FastGate.recordId(e)))) {
        return false;
      }
    }
    Object valueValue = bean.getValue();
    {
      Object v = FastGate.unwrapped(valueValue);
      if (!(FastGate.digits(v, 12, 4))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.inspection.ImmutableInspection}. */
  private static boolean inspection(org.qinglian.model.inspection.ImmutableInspection bean, FastGate gate) {
    Object idValue = bean.getId();
    {
      Object v = FastGate.unwrapped(idValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object inspectorUnitIdValue = bean.getInspectorUnitId();
    {
      Object v = FastGate.unwrapped(inspectorUnitIdValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object targetUnitIdsValue = bean.getTargetUnitIds();
    {
      Object v = FastGate.unwrapped(targetUnitIdsValue);
      if (!(FastGate.notEmpty(v))) {
        return false;
      }
    }
    if (targetUnitIdsValue != null) {
      for (Object e : (Iterable<?>) targetUnitIdsValue) {
        if (!((FastGate.size(e, 1, 64) && FastGate.recordId(e)))) {
          return false;
        }
      }
    }
    Object taskIdsValue = bean.getTaskIds();
    if (taskIdsValue != null) {
      for (Object e : (Iterable<?>) taskIdsValue) {
        if (!((FastGate.size(e, 1, 64) && FastGate.recordId(e)))) {
          return false;
        }
      }
    }
    Object topicValue = bean.getTopic();
    if (topicValue != null) {
      Object e = ((java.util.Optional<?>) topicValue).orElse(null);
      if (!(FastGate.hasText(e)
          && FastGate.size(e, 0, 500))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.task.ImmutableKeyTask}. */
  private static boolean keyTask(org.qinglian.model.task.ImmutableKeyTask bean, FastGate gate) {
    Object idValue = bean.getId();
    {
      Object v = FastGate.unwrapped(idValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object jurisdictionValue = bean.getJurisdiction();
    {
      Object v = FastGate.unwrapped(jurisdictionValue);
      if (!(checkValidIdentifier(v))) {
        return false;
      }
    }
    Object leadUnitIdValue = bean.getLeadUnitId();
    {
      Object v = FastGate.unwrapped(leadUnitIdValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object progressValue = bean.getProgress();
    {
      Object v = FastGate.unwrapped(progressValue);
      if (!(FastGate.atLeast(v, C0, true)
          && FastGate.atMost(v, C5, true))) {
        return false;
      }
    }
    Object sourceValue = bean.getSource();
    if (sourceValue != null) {
      Object e = ((java.util.Optional<?>) sourceValue).orElse(null);
      if (!(FastGate.hasText(e)
          && FastGate.size(e, 0, 500))) {
        return false;
      }
    }
    Object supportingUnitIdsValue = bean.getSupportingUnitIds();
    if (supportingUnitIdsValue != null) {
      for (Object e : (Iterable<?>) supportingUnitIdsValue) {
        if (!((FastGate.size(e, 1, 64) && FastGate.recordId(e)))) {
          return false;
        }
      }
    }
    Object titleValue = bean.getTitle();
    {
      Object v = FastGate.unwrapped(titleValue);
      if (!(FastGate.notBlank(v)
          && FastGate.size(v, 0, 500))) {
        return false;
      }
    }
    Object yearValue = bean.getYear();
    {
      Object v = FastGate.unwrapped(yearValue);
      if (!(FastGate.atLeast(v, C1, true)
          && FastGate.atMost(v, C2, true))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.time.ImmutableYearPeriod}. */
  private static boolean yearPeriod(org.qinglian.model.time.ImmutableYearPeriod bean, FastGate gate) {
    Object indexValidValue = bean.isIndexValid();
    {
      Object v = FastGate.unwrapped(indexValidValue);
      if (!(FastGate.isTrue(v))) {
        return false;
      }
    }
    Object yearValue = bean.getYear();
    {
      Object v = FastGate.unwrapped(yearValue);
      if (!(FastGate.atLeast(v, C1, true)
          && FastGate.atMost(v, C2, true))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.unit.ImmutableDemonstration}. */
  private static boolean demonstration(org.qinglian.model.unit.ImmutableDemonstration bean, FastGate gate) {
    Object yearValue = bean.getYear();
    {
      Object v = FastGate.unwrapped(yearValue);
      if (!(FastGate.atLeast(v, C1, true)
          && FastGate.atMost(v, C2, true))) {
        return false;
      }
    }
    return true;
  }

  /** {@link org.qinglian.model.unit.ImmutableUnit}. */
  private static boolean unit(org.qinglian.model.unit.ImmutableUnit bean, FastGate gate) {
    Object creditCodeValue = bean.getCreditCode();
    if (creditCodeValue != null) {
      Object e = ((java.util.Optional<?>) creditCodeValue).orElse(null);
      if (!(checkValidIdentifier(e))) {
        return false;
      }
    }
    Object demonstrationValue = bean.getDemonstration();
    if (demonstrationValue != null) {
      Object e = ((java.util.Optional<?>) demonstrationValue).orElse(null);
      if (!(gate.cascade(e))) {
        return false;
      }
    }
    Object divisionCodeValue = bean.getDivisionCode();
    {
      Object v = FastGate.unwrapped(divisionCodeValue);
      if (!(checkValidIdentifier(v))) {
        return false;
      }
    }
    Object idValue = bean.getId();
    {
      Object v = FastGate.unwrapped(idValue);
      if (!((FastGate.size(v, 1, 64) && FastGate.recordId(v)))) {
        return false;
      }
    }
    Object leadDepartmentIdValue = bean.getLeadDepartmentId();
    if (leadDepartmentIdValue != null) {
      Object e = ((java.util.Optional<?>) leadDepartmentIdValue).orElse(null);
      if (!((FastGate.size(e, 1, 64) && FastGate.recordId(e)))) {
        return false;
      }
    }
    Object nameValue = bean.getName();
    {
      Object v = FastGate.unwrapped(nameValue);
      if (!(FastGate.notBlank(v)
          && FastGate.size(v, 0, 200))) {
        return false;
      }
    }
    Object parentIdValue = bean.getParentId();
    if (parentIdValue != null) {
      Object e = ((java.util.Optional<?>) parentIdValue).orElse(null);
      if (!((FastGate.size(e, 1, 64) && FastGate.recordId(e)))) {
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
}
