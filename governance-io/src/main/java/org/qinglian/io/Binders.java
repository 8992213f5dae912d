package org.qinglian.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.accountability.AccountabilityMeasure;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.accountability.OrganizationSubject;
import org.qinglian.model.accountability.PersonSubject;
import org.qinglian.model.accountability.Subject;
import org.qinglian.model.accountability.SubjectType;
import org.qinglian.model.assessment.AssessmentRecord;
import org.qinglian.model.assessment.AssessmentScheme;
import org.qinglian.model.assessment.Grade;
import org.qinglian.model.assessment.ImmutableGrade;
import org.qinglian.model.assessment.ImmutableMethodScores;
import org.qinglian.model.assessment.ImmutableMethodWeights;
import org.qinglian.model.assessment.MethodScores;
import org.qinglian.model.assessment.MethodWeights;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.dataset.ImmutableDeclaredTotals;
import org.qinglian.model.dataset.ImmutableProducer;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.finding.FollowUp;
import org.qinglian.model.finding.FollowUpType;
import org.qinglian.model.finding.Rectification;
import org.qinglian.model.finding.RectificationStatus;
import org.qinglian.model.indicator.Indicator;
import org.qinglian.model.indicator.Metric;
import org.qinglian.model.inspection.Inspection;
import org.qinglian.model.inspection.InspectionKind;
import org.qinglian.model.inspection.InspectionMethod;
import org.qinglian.model.inspection.RiskArea;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.task.TaskKind;
import org.qinglian.model.task.TaskStatus;
import org.qinglian.model.time.PeriodType;
import org.qinglian.model.time.YearPeriod;
import org.qinglian.model.unit.Demonstration;
import org.qinglian.model.unit.DemonstrationLevel;
import org.qinglian.model.unit.DemonstrationStatus;
import org.qinglian.model.unit.Unit;

/**
 * From read values to records, one method per table (the paths are those of
 * {@link Tables}). Each reads every value first and builds only when all were readable,
 * so that a bad value is reported, never thrown.
 */
final class Binders {

  private Binders() {}

  static Optional<? extends GovernanceRecord> bind(RecordType type, Fields f) {
    switch (type) {
      case UNIT: return unit(f);
      case TASK: return task(f);
      case INSPECTION: return inspection(f);
      case FINDING: return finding(f);
      case ACTION: return action(f);
      case ASSESSMENT_SCHEME: return scheme(f);
      case ASSESSMENT: return assessment(f);
      case INDICATOR: return indicator(f);
      default: throw new AssertionError(type);
    }
  }

  static Optional<DatasetHeader> header(Fields f) {
    String version = f.text("header.schemaVersion");
    String datasetId = f.text("header.datasetId");
    String producerName = f.text("header.producer.name");
    var producerCode = f.credit("header.producer.creditCode");
    var jurisdiction = f.division("header.jurisdiction");
    LocalDate start = f.date("header.periodStart");
    LocalDate end = f.date("header.periodEnd");
    LocalDate asOf = f.date("header.asOf");
    var generatedAt = f.dateTime("header.generatedAt");
    Map<String, String> extensions = f.extensions("header.");
    if (!f.ok()) {
      return Optional.empty();
    }
    return Optional.of(DatasetHeader.builder().schemaVersion(version).datasetId(datasetId)
        .producer(ImmutableProducer.builder().name(producerName).creditCode(producerCode).build())
        .jurisdiction(jurisdiction).periodStart(start).periodEnd(end).asOf(asOf).generatedAt(generatedAt)
        .extensions(extensions).build());
  }

  static Optional<DeclaredTotals> totals(Fields f) {
    ImmutableDeclaredTotals.Builder b = DeclaredTotals.builder();
    // Optional values passed as they are, not to lambdas: a short run links each lambda on its first call.
    b.inspections(asLong(f.optLong("declaredTotals.inspections")));
    b.findings(asLong(f.optLong("declaredTotals.findings")));
    b.findingsRectified(asLong(f.optLong("declaredTotals.findingsRectified")));
    b.personsHandled(asLong(f.optLong("declaredTotals.personsHandled")));
    for (DisciplineForm form : DisciplineForm.values()) {
      Optional<Long> byForm = f.optLong("declaredTotals.personsHandledByForm." + form.name());
      if (byForm.isPresent()) {
        b.putPersonsHandledByForm(form, byForm.get());
      }
    }
    b.moneyRecovered(f.optDecimal("declaredTotals.moneyRecovered"));
    b.extensions(f.extensions("declaredTotals."));
    return f.ok() ? Optional.of(b.build()) : Optional.empty();
  }

  private static OptionalLong asLong(Optional<Long> value) {
    return value.isPresent() ? OptionalLong.of(value.get()) : OptionalLong.empty();
  }

  static Optional<Unit> unit(Fields f) {
    String id = f.text("id");
    String name = f.text("name");
    var category = f.category("category");
    var parentId = f.optText("parentId");
    var division = f.division("divisionCode");
    var creditCode = f.optCredit("creditCode");
    var lead = f.optText("leadDepartmentId");
    Optional<Demonstration> demonstration = Optional.empty();
    if (f.anyPresent("demonstration.")) {
      DemonstrationLevel level = f.code(DemonstrationLevel.class, "demonstration.level");
      DemonstrationStatus status = f.code(DemonstrationStatus.class, "demonstration.status");
      Integer year = f.integer("demonstration.year");
      if (f.ok()) {
        demonstration = Optional.of(Demonstration.builder().level(level).status(status).year(year).build());
      }
    }
    Map<String, String> extensions = f.extensions("");
    if (!f.ok()) {
      return Optional.empty();
    }
    return Optional.of(Unit.builder().id(id).name(name).category(category).parentId(parentId).divisionCode(division)
        .creditCode(creditCode).leadDepartmentId(lead).demonstration(demonstration).extensions(extensions).build());
  }

  static Optional<KeyTask> task(Fields f) {
    String id = f.text("id");
    String title = f.text("title");
    TaskKind kind = f.code(TaskKind.class, "kind");
    Integer year = f.integer("year");
    var jurisdiction = f.division("jurisdiction");
    var category = f.optCategory("category");
    String lead = f.text("leadUnitId");
    List<String> supporting = f.items("supportingUnitIds");
    var source = f.optText("source");
    LocalDate start = f.date("startDate");
    LocalDate due = f.date("dueDate");
    TaskStatus status = f.code(TaskStatus.class, "status");
    var completed = f.optDate("completedDate");
    OptionalInt progress = f.optInteger("progress");
    boolean supervised = f.bool("supervised", false);
    Map<String, String> extensions = f.extensions("");
    if (!f.ok()) {
      return Optional.empty();
    }
    return Optional.of(KeyTask.builder().id(id).title(title).kind(kind).year(year).jurisdiction(jurisdiction)
        .category(category).leadUnitId(lead).supportingUnitIds(supporting).source(source).startDate(start)
        .dueDate(due).status(status).completedDate(completed).progress(progress).supervised(supervised)
        .extensions(extensions).build());
  }

  static Optional<Inspection> inspection(Fields f) {
    String id = f.text("id");
    InspectionKind kind = f.code(InspectionKind.class, "kind");
    List<InspectionMethod> methods = f.codes(InspectionMethod.class, "methods");
    String inspector = f.text("inspectorUnitId");
    List<String> targets = f.items("targetUnitIds");
    List<String> tasks = f.items("taskIds");
    LocalDate start = f.date("startDate");
    LocalDate end = f.date("endDate");
    var topic = f.optText("topic");
    var riskArea = f.optCode(RiskArea.class, "riskArea");
    Map<String, String> extensions = f.extensions("");
    if (!f.ok()) {
      return Optional.empty();
    }
    return Optional.of(Inspection.builder().id(id).kind(kind).methods(methods).inspectorUnitId(inspector)
        .targetUnitIds(targets).taskIds(tasks).startDate(start).endDate(end).topic(topic).riskArea(riskArea)
        .extensions(extensions).build());
  }

  static Optional<Finding> finding(Fields f) {
    String id = f.text("id");
    String inspection = f.text("inspectionId");
    String unit = f.text("unitId");
    String description = f.text("description");
    RiskArea risk = f.code(RiskArea.class, "riskArea");
    LocalDate found = f.date("foundDate");
    var involved = f.optDecimal("amountInvolved");
    var recovered = f.optDecimal("amountRecovered");
    RectificationStatus status = f.code(RectificationStatus.class, "rectification.status");
    var deadline = f.optDate("rectification.deadline");
    var completed = f.optDate("rectification.completedDate");
    var measures = f.optText("rectification.measures");
    List<String> types = f.items("followUps.type");
    List<String> issued = f.objectListItems("followUps.issuedDate", types.size());
    List<FollowUp> followUps = new ArrayList<>();
    for (int i = 0; i < types.size() && i < issued.size(); i++) {
      String typeText = item(f, "followUps", i, "type", types.get(i));
      Optional<FollowUpType> type = typeText == null ? Optional.empty()
          : f.codeItem(FollowUpType.class, "followUps.type", i, typeText);
      String dateText = item(f, "followUps", i, "issuedDate", issued.get(i));
      Optional<LocalDate> date = dateText == null ? Optional.empty() : f.dateItem("followUps.issuedDate", i, dateText);
      if (type.isPresent() && date.isPresent()) {
        followUps.add(FollowUp.builder().type(type.get()).issuedDate(date.get()).build());
      }
    }
    Map<String, String> extensions = f.extensions("");
    if (!f.ok()) {
      return Optional.empty();
    }
    return Optional.of(Finding.builder().id(id).inspectionId(inspection).unitId(unit).description(description)
        .riskArea(risk).foundDate(found).amountInvolved(involved).amountRecovered(recovered)
        .rectification(Rectification.builder().status(status).deadline(deadline).completedDate(completed)
            .measures(measures).build())
        .followUps(followUps).extensions(extensions).build());
  }

  /** Item {@code i} of a field of a list of objects, {@code text}; a missing one ({@code null}) is reported. */
  private static String item(Fields f, String list, int i, String field, String text) {
    if (text == null) {
      f.missing(list + "[" + i + "]." + field);
    }
    return text;
  }

  static Optional<AccountabilityAction> action(Fields f) {
    String id = f.text("id");
    var finding = f.optText("findingId");
    var inspection = f.optText("inspectionId");
    SubjectType subjectType = f.code(SubjectType.class, "subject.type");
    Subject subject = null;
    if (subjectType == SubjectType.ORGANIZATION) {
      String unit = f.text("subject.unitId");
      if (unit != null) {
        subject = OrganizationSubject.of(unit);
      }
    } else if (subjectType == SubjectType.PERSON) {
      String person = f.text("subject.personId");
      var name = f.optText("subject.name");
      var residentId = f.optResidentId("subject.residentId");
      var position = f.optText("subject.position");
      var unit = f.optText("subject.unitId");
      if (person != null) {
        subject = PersonSubject.builder().personId(person).name(name).residentId(residentId).position(position)
            .unitId(unit).build();
      }
    }
    var form = f.optCode(DisciplineForm.class, "form");
    AccountabilityMeasure measure = f.code(AccountabilityMeasure.class, "measure");
    LocalDate decided = f.date("decisionDate");
    String decidingUnit = f.text("decidingUnitId");
    var recovered = f.optDecimal("amountRecovered");
    Map<String, String> extensions = f.extensions("");
    if (!f.ok() || subject == null) {
      return Optional.empty();
    }
    return Optional.of(AccountabilityAction.builder().id(id).findingId(finding).inspectionId(inspection)
        .subject(subject).form(form).measure(measure).decisionDate(decided).decidingUnitId(decidingUnit)
        .amountRecovered(recovered).extensions(extensions).build());
  }

  static Optional<AssessmentScheme> scheme(Fields f) {
    String id = f.text("id");
    Integer year = f.integer("year");
    String title = f.text("title");
    BigDecimal routine = f.decimal("weights.routine");
    BigDecimal democratic = f.decimal("weights.democratic");
    BigDecimal onSite = f.decimal("weights.onSite");
    BigDecimal max = f.decimal("maxScore");
    List<String> codes = f.items("grades.code");
    List<String> labels = f.objectListItems("grades.label", codes.size());
    List<String> minimums = f.objectListItems("grades.minScore", codes.size());
    List<Grade> grades = new ArrayList<>();
    for (int i = 0; i < codes.size() && i < labels.size() && i < minimums.size(); i++) {
      String codeText = item(f, "grades", i, "code", codes.get(i));
      Optional<String> code = codeText == null ? Optional.empty() : f.textItem("grades.code", i, codeText);
      String labelText = item(f, "grades", i, "label", labels.get(i));
      Optional<String> label = labelText == null ? Optional.empty() : f.textItem("grades.label", i, labelText);
      String minimumText = item(f, "grades", i, "minScore", minimums.get(i));
      Optional<BigDecimal> minimum = minimumText == null ? Optional.empty()
          : f.decimalItem("grades.minScore", i, minimumText);
      if (code.isPresent() && label.isPresent() && minimum.isPresent()) {
        grades.add(ImmutableGrade.builder().code(code.get()).label(label.get()).minScore(minimum.get()).build());
      }
    }
    Map<String, String> extensions = f.extensions("");
    if (!f.ok()) {
      return Optional.empty();
    }
    MethodWeights weights = ImmutableMethodWeights.builder().routine(routine).democratic(democratic).onSite(onSite).build();
    return Optional.of(AssessmentScheme.builder().id(id).year(year).title(title).weights(weights).maxScore(max)
        .grades(grades).extensions(extensions).build());
  }

  static Optional<AssessmentRecord> assessment(Fields f) {
    String id = f.text("id");
    String scheme = f.text("schemeId");
    String unit = f.text("unitId");
    Optional<YearPeriod> period = period(f);
    BigDecimal routine = f.decimal("scores.routine");
    BigDecimal democratic = f.decimal("scores.democratic");
    BigDecimal onSite = f.decimal("scores.onSite");
    BigDecimal total = f.decimal("total");
    String grade = f.text("grade");
    boolean vetoed = f.bool("vetoed", false);
    var reason = f.optText("vetoReason");
    String assessor = f.text("assessorUnitId");
    Map<String, String> extensions = f.extensions("");
    if (!f.ok() || period.isEmpty()) {
      return Optional.empty();
    }
    MethodScores scores = ImmutableMethodScores.builder().routine(routine).democratic(democratic).onSite(onSite).build();
    return Optional.of(AssessmentRecord.builder().id(id).schemeId(scheme).unitId(unit).period(period.get())
        .scores(scores).total(total).grade(grade).vetoed(vetoed).vetoReason(reason).assessorUnitId(assessor)
        .extensions(extensions).build());
  }

  static Optional<Indicator> indicator(Fields f) {
    String id = f.text("id");
    var unit = f.optText("unitId");
    var division = f.optDivision("divisionCode");
    Optional<YearPeriod> period = period(f);
    Metric metric = f.code(Metric.class, "metric");
    BigDecimal value = f.decimal("value");
    Map<String, String> extensions = f.extensions("");
    if (!f.ok() || period.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Indicator.builder().id(id).unitId(unit).divisionCode(division).period(period.get())
        .metric(metric).value(value).extensions(extensions).build());
  }

  private static Optional<YearPeriod> period(Fields f) {
    Integer year = f.integer("period.year");
    PeriodType type = f.code(PeriodType.class, "period.type");
    OptionalInt index = f.optInteger("period.index");
    if (year == null || type == null) {
      return Optional.empty();
    }
    return Optional.of(YearPeriod.builder().year(year).type(type).index(index).build());
  }
}
