package org.qinglian.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qinglian.model.RecordType;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.accountability.OrganizationSubject;
import org.qinglian.model.accountability.PersonSubject;
import org.qinglian.model.assessment.AssessmentRecord;
import org.qinglian.model.assessment.AssessmentScheme;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.finding.RectificationStatus;
import org.qinglian.model.inspection.Inspection;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.unit.Unit;

/**
 * The sample dataset is consistent: references resolve, declared totals reconcile, the
 * assessment arithmetic holds. (Plain checks here; the validation engine will own these
 * rules and take this dataset as its first clean fixture.)
 */
class SampleDatasetsTest {

  private final Dataset dataset = SampleDatasets.xianyang2022();

  @Test
  void theSampleIsDeterministic() {
    assertEquals(SampleDatasets.xianyang2022(), dataset);
    assertEquals(20, dataset.recordCount());
  }

  @Test
  void everyReferenceResolves() {
    List<String> dangling = new ArrayList<>();
    for (Unit unit : dataset.getUnits()) {
      unit.getParentId().ifPresent(id -> require(dangling, RecordType.UNIT, id, unit.getId()));
      unit.getLeadDepartmentId().ifPresent(id -> require(dangling, RecordType.UNIT, id, unit.getId()));
    }
    for (KeyTask task : dataset.getTasks()) {
      require(dangling, RecordType.UNIT, task.getLeadUnitId(), task.getId());
      task.getSupportingUnitIds().forEach(id -> require(dangling, RecordType.UNIT, id, task.getId()));
    }
    for (Inspection inspection : dataset.getInspections()) {
      require(dangling, RecordType.UNIT, inspection.getInspectorUnitId(), inspection.getId());
      inspection.getTargetUnitIds().forEach(id -> require(dangling, RecordType.UNIT, id, inspection.getId()));
      inspection.getTaskIds().forEach(id -> require(dangling, RecordType.TASK, id, inspection.getId()));
    }
    for (Finding finding : dataset.getFindings()) {
      require(dangling, RecordType.INSPECTION, finding.getInspectionId(), finding.getId());
      require(dangling, RecordType.UNIT, finding.getUnitId(), finding.getId());
    }
    for (AccountabilityAction action : dataset.getActions()) {
      action.getFindingId().ifPresent(id -> require(dangling, RecordType.FINDING, id, action.getId()));
      action.getInspectionId().ifPresent(id -> require(dangling, RecordType.INSPECTION, id, action.getId()));
      require(dangling, RecordType.UNIT, action.getDecidingUnitId(), action.getId());
      if (action.getSubject() instanceof PersonSubject person) {
        person.getUnitId().ifPresent(id -> require(dangling, RecordType.UNIT, id, action.getId()));
      } else {
        require(dangling, RecordType.UNIT, ((OrganizationSubject) action.getSubject()).getUnitId(), action.getId());
      }
    }
    for (AssessmentRecord assessment : dataset.getAssessments()) {
      require(dangling, RecordType.ASSESSMENT_SCHEME, assessment.getSchemeId(), assessment.getId());
      require(dangling, RecordType.UNIT, assessment.getUnitId(), assessment.getId());
      require(dangling, RecordType.UNIT, assessment.getAssessorUnitId(), assessment.getId());
    }
    dataset.getIndicators().forEach(i -> i.getUnitId().ifPresent(id -> require(dangling, RecordType.UNIT, id, i.getId())));
    assertEquals(List.of(), dangling);
  }

  @Test
  void declaredTotalsReconcile() {
    DeclaredTotals totals = dataset.getDeclaredTotals().orElseThrow();
    assertEquals(dataset.getInspections().size(), totals.getInspections().getAsLong());
    assertEquals(dataset.getFindings().size(), totals.getFindings().getAsLong());
    long rectified = dataset.getFindings().stream()
        .map(f -> f.getRectification().getStatus())
        .filter(s -> s == RectificationStatus.RECTIFIED || s == RectificationStatus.VERIFIED)
        .count();
    assertEquals(rectified, totals.getFindingsRectified().getAsLong());
    Set<String> persons = new HashSet<>();
    Map<DisciplineForm, Set<String>> byForm = new EnumMap<>(DisciplineForm.class);
    for (AccountabilityAction action : dataset.getActions()) {
      if (action.getSubject() instanceof PersonSubject person) {
        persons.add(person.getPersonId());
        byForm.computeIfAbsent(action.getForm().orElseThrow(), f -> new HashSet<>()).add(person.getPersonId());
      }
    }
    assertEquals(persons.size(), totals.getPersonsHandled().getAsLong());
    for (DisciplineForm form : DisciplineForm.values()) {
      assertEquals(byForm.getOrDefault(form, Set.of()).size(), totals.getPersonsHandledByForm().getOrDefault(form, 0L));
    }
    BigDecimal recovered = dataset.getFindings().stream()
        .map(f -> f.getAmountRecovered().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, recovered.compareTo(totals.getMoneyRecovered().orElseThrow()));
  }

  @Test
  void assessmentsFollowTheirScheme() {
    for (AssessmentRecord assessment : dataset.getAssessments()) {
      AssessmentScheme scheme = dataset.findAssessmentScheme(assessment.getSchemeId()).orElseThrow();
      BigDecimal expected = assessment.getScores().weightedTotal(scheme.getWeights());
      assertTrue(expected.subtract(assessment.getTotal()).abs().compareTo(new BigDecimal("0.01")) <= 0);
      String grade = assessment.isVetoed()
          ? scheme.lowestGrade().orElseThrow().getCode()
          : scheme.gradeFor(assessment.getTotal()).orElseThrow().getCode();
      assertEquals(grade, assessment.getGrade(), assessment.getId());
    }
  }

  @Test
  void everyDivisionLiesInTheJurisdictionAndEveryCodeIsValid() {
    var jurisdiction = dataset.getHeader().getJurisdiction();
    for (Unit unit : dataset.getUnits()) {
      assertTrue(jurisdiction.contains(unit.getDivisionCode()), unit.getId());
      assertTrue(unit.getCreditCode().map(c -> c.isValid()).orElse(true), unit.getId());
    }
    assertEquals(Optional.empty(), dataset.findUnit("XY-FAMILY-1").orElseThrow().getCreditCode(),
        "a family never has a credit code");
  }

  private void require(List<String> dangling, RecordType type, String id, String from) {
    if (dataset.find(type, id).isEmpty()) {
      dangling.add(from + " -> " + type + " " + id);
    }
  }
}
