package org.qinglian.io;

import java.util.List;
import java.util.stream.Collectors;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.accountability.OrganizationSubject;
import org.qinglian.model.accountability.PersonSubject;
import org.qinglian.model.assessment.AssessmentRecord;
import org.qinglian.model.assessment.AssessmentScheme;
import org.qinglian.model.assessment.Grade;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.finding.FollowUp;
import org.qinglian.model.indicator.Indicator;
import org.qinglian.model.inspection.Inspection;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.time.YearPeriod;
import org.qinglian.model.unit.Unit;

/** From records to flat values by path (those of {@link Tables}), the inverse of {@link Binders}. */
final class Extractors {

  private Extractors() {}

  static Flat header(DatasetHeader h) {
    return new Flat().text("header.schemaVersion", h.getSchemaVersion()).text("header.datasetId", h.getDatasetId())
        .text("header.producer.name", h.getProducer().getName())
        .text("header.producer.creditCode", h.getProducer().getCreditCode().text())
        .text("header.jurisdiction", h.getJurisdiction().text()).date("header.periodStart", h.getPeriodStart())
        .date("header.periodEnd", h.getPeriodEnd()).date("header.asOf", h.getAsOf())
        .text("header.generatedAt", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(h.getGeneratedAt())).extensions(h.getExtensions());
  }

  static Flat totals(DeclaredTotals t) {
    Flat flat = new Flat();
    t.getInspections().ifPresent(n -> flat.number("declaredTotals.inspections", n));
    t.getFindings().ifPresent(n -> flat.number("declaredTotals.findings", n));
    t.getFindingsRectified().ifPresent(n -> flat.number("declaredTotals.findingsRectified", n));
    t.getPersonsHandled().ifPresent(n -> flat.number("declaredTotals.personsHandled", n));
    t.getPersonsHandledByForm().forEach((form, n) -> flat.number("declaredTotals.personsHandledByForm." + form.name(), n));
    return flat.number("declaredTotals.moneyRecovered", t.getMoneyRecovered()).extensions(t.getExtensions());
  }

  static Flat record(GovernanceRecord record, boolean mask) {
    Flat flat;
    if (record instanceof Unit u) {
      flat = unit(u);
    } else if (record instanceof KeyTask t) {
      flat = task(t);
    } else if (record instanceof Inspection i) {
      flat = inspection(i);
    } else if (record instanceof Finding f) {
      flat = finding(f);
    } else if (record instanceof AccountabilityAction a) {
      flat = action(a, mask);
    } else if (record instanceof AssessmentScheme s) {
      flat = scheme(s);
    } else if (record instanceof AssessmentRecord a) {
      flat = assessment(a);
    } else if (record instanceof Indicator i) {
      flat = indicator(i);
    } else {
      throw new IllegalArgumentException("not a record of the exchange format: " + record.getClass());
    }
    return flat.extensions(record.getExtensions());
  }

  private static Flat unit(Unit u) {
    Flat flat = new Flat().text("id", u.getId()).text("name", u.getName()).text("category", u.getCategory().code())
        .text("parentId", u.getParentId()).text("divisionCode", u.getDivisionCode().text())
        .text("creditCode", u.getCreditCode().map(c -> c.text())).text("leadDepartmentId", u.getLeadDepartmentId());
    u.getDemonstration().ifPresent(d -> flat.code("demonstration.level", d.getLevel())
        .code("demonstration.status", d.getStatus()).number("demonstration.year", d.getYear()));
    return flat;
  }

  private static Flat task(KeyTask t) {
    Flat flat = new Flat().text("id", t.getId()).text("title", t.getTitle()).code("kind", t.getKind())
        .number("year", t.getYear()).text("jurisdiction", t.getJurisdiction().text())
        .text("category", t.getCategory().map(c -> c.code())).text("leadUnitId", t.getLeadUnitId())
        .list("supportingUnitIds", t.getSupportingUnitIds()).text("source", t.getSource())
        .date("startDate", t.getStartDate()).date("dueDate", t.getDueDate()).code("status", t.getStatus())
        .date("completedDate", t.getCompletedDate());
    t.getProgress().ifPresent(p -> flat.number("progress", p));
    // Written when false too: a converted file says what the source said.
    return flat.bool("supervised", t.isSupervised());
  }

  private static Flat inspection(Inspection i) {
    return new Flat().text("id", i.getId()).code("kind", i.getKind()).codes("methods", i.getMethods())
        .text("inspectorUnitId", i.getInspectorUnitId()).list("targetUnitIds", i.getTargetUnitIds())
        .list("taskIds", i.getTaskIds()).date("startDate", i.getStartDate()).date("endDate", i.getEndDate())
        .text("topic", i.getTopic()).code("riskArea", i.getRiskArea());
  }

  private static Flat finding(Finding f) {
    return new Flat().text("id", f.getId()).text("inspectionId", f.getInspectionId()).text("unitId", f.getUnitId())
        .text("description", f.getDescription()).code("riskArea", f.getRiskArea()).date("foundDate", f.getFoundDate())
        .number("amountInvolved", f.getAmountInvolved()).number("amountRecovered", f.getAmountRecovered())
        .code("rectification.status", f.getRectification().getStatus())
        .date("rectification.deadline", f.getRectification().getDeadline())
        .date("rectification.completedDate", f.getRectification().getCompletedDate())
        .text("rectification.measures", f.getRectification().getMeasures())
        .codes("followUps.type", f.getFollowUps().stream().map(FollowUp::getType).collect(Collectors.toList()))
        .list("followUps.issuedDate", f.getFollowUps().stream().map(u -> u.getIssuedDate().toString())
            .collect(Collectors.toList()));
  }

  private static Flat action(AccountabilityAction a, boolean mask) {
    Flat flat = new Flat().text("id", a.getId()).text("findingId", a.getFindingId())
        .text("inspectionId", a.getInspectionId()).code("subject.type", a.getSubject().getType());
    if (a.getSubject() instanceof PersonSubject p) {
      flat.text("subject.personId", p.getPersonId())
          .text("subject.name", p.getName().map(name -> mask ? "***" : name))
          .text("subject.residentId", p.getResidentId().map(id -> mask ? id.masked() : id.unmaskedText()))
          .text("subject.position", p.getPosition()).text("subject.unitId", p.getUnitId());
    } else {
      flat.text("subject.unitId", ((OrganizationSubject) a.getSubject()).getUnitId());
    }
    return flat.code("form", a.getForm()).code("measure", a.getMeasure()).date("decisionDate", a.getDecisionDate())
        .text("decidingUnitId", a.getDecidingUnitId()).number("amountRecovered", a.getAmountRecovered());
  }

  private static Flat scheme(AssessmentScheme s) {
    List<Grade> grades = s.getGrades();
    return new Flat().text("id", s.getId()).number("year", s.getYear()).text("title", s.getTitle())
        .number("weights.routine", s.getWeights().getRoutine()).number("weights.democratic", s.getWeights().getDemocratic())
        .number("weights.onSite", s.getWeights().getOnSite()).number("maxScore", s.getMaxScore())
        .list("grades.code", grades.stream().map(Grade::getCode).collect(Collectors.toList()))
        .list("grades.label", grades.stream().map(Grade::getLabel).collect(Collectors.toList()))
        .numbers("grades.minScore", grades.stream().map(Grade::getMinScore).collect(Collectors.toList()));
  }

  private static Flat assessment(AssessmentRecord a) {
    Flat flat = period(new Flat().text("id", a.getId()).text("schemeId", a.getSchemeId()).text("unitId", a.getUnitId()),
        a.getPeriod())
        .number("scores.routine", a.getScores().getRoutine()).number("scores.democratic", a.getScores().getDemocratic())
        .number("scores.onSite", a.getScores().getOnSite()).number("total", a.getTotal()).text("grade", a.getGrade());
    flat.bool("vetoed", a.isVetoed());
    return flat.text("vetoReason", a.getVetoReason()).text("assessorUnitId", a.getAssessorUnitId());
  }

  private static Flat indicator(Indicator i) {
    return period(new Flat().text("id", i.getId()).text("unitId", i.getUnitId())
        .text("divisionCode", i.getDivisionCode().map(d -> d.text())), i.getPeriod())
        .code("metric", i.getMetric()).number("value", i.getValue());
  }

  private static Flat period(Flat flat, YearPeriod period) {
    flat.number("period.year", period.getYear()).code("period.type", period.getType());
    period.getIndex().ifPresent(n -> flat.number("period.index", n));
    return flat;
  }

}
