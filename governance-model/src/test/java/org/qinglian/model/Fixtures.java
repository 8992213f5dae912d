package org.qinglian.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.accountability.AccountabilityMeasure;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.accountability.PersonSubject;
import org.qinglian.model.assessment.AssessmentRecord;
import org.qinglian.model.assessment.AssessmentScheme;
import org.qinglian.model.assessment.Grade;
import org.qinglian.model.assessment.MethodScores;
import org.qinglian.model.assessment.MethodWeights;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.dataset.Producer;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.finding.FollowUp;
import org.qinglian.model.finding.FollowUpType;
import org.qinglian.model.finding.Rectification;
import org.qinglian.model.finding.RectificationStatus;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.identifier.ResidentId;
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
import org.qinglian.model.unit.UnitCategory;

/** Valid records of a small Wuhan (Jiang'an) exchange, one of each type. */
public final class Fixtures {

  public static final String RESIDENT_ID = "11010519491231002X";
  public static final String PERSON_NAME = "张某某";

  private Fixtures() {}

  public static CreditCode organCode() {
    return CreditCode.compose("11", "420102", "MB160723");
  }

  public static DatasetHeader header() {
    return DatasetHeader.builder()
        .schemaVersion(DatasetHeader.CURRENT_SCHEMA_VERSION)
        .datasetId("wuhan-jiangan-2022")
        .producer(Producer.of("中共武汉市江岸区纪律检查委员会", organCode()))
        .jurisdiction(DivisionCode.of("420102"))
        .periodStart(LocalDate.of(2022, 1, 1))
        .periodEnd(LocalDate.of(2022, 12, 31))
        .asOf(LocalDate.of(2022, 12, 31))
        .generatedAt(OffsetDateTime.of(2023, 1, 10, 9, 30, 0, 0, ZoneOffset.ofHours(8)))
        .build();
  }

  public static Demonstration demonstration() {
    return Demonstration.builder().level(DemonstrationLevel.MUNICIPAL).status(DemonstrationStatus.NAMED).year(2022).build();
  }

  public static Unit organ() {
    return Unit.builder()
        .id("U-JA-CZJ")
        .name("武汉市江岸区财政局")
        .category(UnitCategory.ORGAN)
        .divisionCode(DivisionCode.of("420102"))
        .creditCode(organCode())
        .demonstration(demonstration())
        .build();
  }

  public static Unit commission() {
    return Unit.builder()
        .id("U-JA-JW")
        .name("中共武汉市江岸区纪律检查委员会")
        .category(UnitCategory.ORGAN)
        .divisionCode(DivisionCode.of("420102"))
        .creditCode(CreditCode.compose("11", "420102", "MB1607X1"))
        .build();
  }

  public static Unit village() {
    return Unit.builder()
        .id("U-JA-VILLAGE-1")
        .name("江岸区后湖街道幸福社区")
        .category(UnitCategory.VILLAGE_COMMUNITY)
        .parentId("U-JA-CZJ")
        .divisionCode(DivisionCode.of("420102009001"))
        .leadDepartmentId("U-JA-CZJ")
        .build();
  }

  public static KeyTask task() {
    return KeyTask.builder()
        .id("T-2022-001")
        .title("推进小微权力清单制度全覆盖")
        .kind(TaskKind.TASK)
        .year(2022)
        .jurisdiction(DivisionCode.of("420102"))
        .category(UnitCategory.VILLAGE_COMMUNITY)
        .leadUnitId("U-JA-CZJ")
        .addSupportingUnitIds("U-JA-JW")
        .source("关于推进清廉武汉建设的实施意见")
        .startDate(LocalDate.of(2022, 1, 10))
        .dueDate(LocalDate.of(2022, 11, 30))
        .status(TaskStatus.COMPLETED)
        .completedDate(LocalDate.of(2022, 11, 20))
        .progress(100)
        .supervised(true)
        .build();
  }

  public static Inspection inspection() {
    return Inspection.builder()
        .id("I-2022-001")
        .kind(InspectionKind.SPECIAL_INSPECTION)
        .addMethods(InspectionMethod.ON_SITE_VISIT, InspectionMethod.LEDGER_REVIEW)
        .inspectorUnitId("U-JA-JW")
        .addTargetUnitIds("U-JA-VILLAGE-1")
        .addTaskIds("T-2022-001")
        .startDate(LocalDate.of(2022, 5, 9))
        .endDate(LocalDate.of(2022, 5, 13))
        .topic("小微权力清单落实情况")
        .riskArea(RiskArea.VILLAGE_ASSETS)
        .build();
  }

  public static Rectification rectification() {
    return Rectification.builder()
        .status(RectificationStatus.VERIFIED)
        .deadline(LocalDate.of(2022, 7, 31))
        .completedDate(LocalDate.of(2022, 7, 20))
        .measures("完善集体资金审批台账")
        .build();
  }

  public static FollowUp followUp() {
    return FollowUp.builder().type(FollowUpType.RECTIFICATION_NOTICE).issuedDate(LocalDate.of(2022, 5, 20)).build();
  }

  public static Finding finding() {
    return Finding.builder()
        .id("F-2022-001")
        .inspectionId("I-2022-001")
        .unitId("U-JA-VILLAGE-1")
        .description("集体资金支出未经民主决策程序")
        .riskArea(RiskArea.VILLAGE_ASSETS)
        .foundDate(LocalDate.of(2022, 5, 12))
        .amountInvolved(new BigDecimal("12000.00"))
        .amountRecovered(new BigDecimal("8000.50"))
        .rectification(rectification())
        .addFollowUps(followUp())
        .build();
  }

  public static PersonSubject person() {
    return PersonSubject.builder()
        .personId("P-000123")
        .name(PERSON_NAME)
        .residentId(ResidentId.of(RESIDENT_ID))
        .position("社区党委书记")
        .unitId("U-JA-VILLAGE-1")
        .build();
  }

  public static AccountabilityAction action() {
    return AccountabilityAction.builder()
        .id("A-2022-001")
        .findingId("F-2022-001")
        .inspectionId("I-2022-001")
        .subject(person())
        .form(DisciplineForm.FIRST)
        .measure(AccountabilityMeasure.REMINDER_TALK)
        .decisionDate(LocalDate.of(2022, 6, 1))
        .decidingUnitId("U-JA-JW")
        .build();
  }

  public static MethodWeights weights() {
    return MethodWeights.of("0.5", "0.2", "0.3");
  }

  public static AssessmentScheme scheme() {
    return AssessmentScheme.builder()
        .id("S-2022")
        .year(2022)
        .title("2022年度清廉单元建设考评细则")
        .weights(weights())
        .maxScore(new BigDecimal("100"))
        .grades(Grade.defaultScale())
        .build();
  }

  public static YearPeriod year2022() {
    return YearPeriod.ofYear(2022);
  }

  public static AssessmentRecord assessment() {
    return AssessmentRecord.builder()
        .id("R-2022-001")
        .schemeId("S-2022")
        .unitId("U-JA-CZJ")
        .period(year2022())
        .scores(MethodScores.of("92", "88", "95"))
        .total(new BigDecimal("92.10"))
        .grade("EXCELLENT")
        .assessorUnitId("U-JA-JW")
        .build();
  }

  public static Indicator indicator() {
    return Indicator.builder()
        .id("M-2022-001")
        .divisionCode(DivisionCode.of("420102"))
        .period(YearPeriod.builder().year(2022).type(PeriodType.QUARTER).index(4).build())
        .metric(Metric.APPROVAL_AVG_DAYS)
        .value(new BigDecimal("2.46"))
        .build();
  }

  public static DeclaredTotals totals() {
    return DeclaredTotals.builder()
        .inspections(1)
        .findings(1)
        .findingsRectified(1)
        .personsHandled(1)
        .putPersonsHandledByForm(DisciplineForm.FIRST, 1L)
        .moneyRecovered(new BigDecimal("8000.50"))
        .build();
  }

  public static Dataset dataset() {
    return Dataset.builder()
        .header(header())
        .declaredTotals(totals())
        .addUnits(organ(), commission(), village())
        .addTasks(task())
        .addInspections(inspection())
        .addFindings(finding())
        .addActions(action())
        .addAssessmentSchemes(scheme())
        .addAssessments(assessment())
        .addIndicators(indicator())
        .build();
  }
}
