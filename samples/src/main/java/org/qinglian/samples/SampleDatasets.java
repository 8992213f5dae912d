package org.qinglian.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.accountability.AccountabilityMeasure;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.accountability.OrganizationSubject;
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
import org.qinglian.model.time.YearPeriod;
import org.qinglian.model.unit.Demonstration;
import org.qinglian.model.unit.DemonstrationLevel;
import org.qinglian.model.unit.DemonstrationStatus;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;

/**
 * 样例数据集 — small, hand-made, consistent datasets drawn from the places of published reports, for the
 * README's first command and for tests until the seeded generator lands.
 *
 * <p>{@link #xianyang2022()} follows the report on 清廉咸阳建设 (清廉咸阳: lead departments, key tasks tracked
 * and supervised, six unit categories). Names of persons are pseudonymous (王某, 李某);
 * resident ids are computed, valid and fictitious. Every reference resolves, dates are
 * ordered, the assessment arithmetic holds and the declared totals reconcile.
 */
public final class SampleDatasets {

  private static final DivisionCode XIANYANG = DivisionCode.of("610400");
  private static final DivisionCode QINDU = DivisionCode.of("610402");
  private static final DivisionCode JINGYANG = DivisionCode.of("610423");
  private static final DivisionCode CHUNHUA = DivisionCode.of("610430");

  private SampleDatasets() {}

  /** {@return a small Xianyang dataset for 2022: 7 units, 2 tasks, 1 inspection, 2 findings, 3 actions} */
  public static Dataset xianyang2022() {
    return Dataset.builder()
        .header(DatasetHeader.builder()
            .schemaVersion(DatasetHeader.CURRENT_SCHEMA_VERSION)
            .datasetId("xianyang-sample-2022")
            .producer(Producer.of("中共咸阳市纪律检查委员会", organ("610400", "MB2985X0")))
            .jurisdiction(XIANYANG)
            .periodStart(LocalDate.of(2022, 1, 1))
            .periodEnd(LocalDate.of(2022, 12, 31))
            .asOf(LocalDate.of(2022, 12, 31))
            .generatedAt(OffsetDateTime.of(2023, 1, 16, 10, 0, 0, 0, ZoneOffset.ofHours(8)))
            .build())
        .declaredTotals(DeclaredTotals.builder()
            .inspections(1)
            .findings(2)
            .findingsRectified(1)
            .personsHandled(2)
            .putPersonsHandledByForm(DisciplineForm.FIRST, 1L)
            .putPersonsHandledByForm(DisciplineForm.SECOND, 1L)
            .putPersonsHandledByForm(DisciplineForm.THIRD, 0L)
            .putPersonsHandledByForm(DisciplineForm.FOURTH, 0L)
            .moneyRecovered(new BigDecimal("36500.00"))
            .build())
        .addUnits(
            unit("XY-JW", "中共咸阳市纪律检查委员会", UnitCategory.ORGAN, XIANYANG).creditCode(organ("610400", "MB2985X0")).build(),
            unit("XY-CZJ", "咸阳市财政局", UnitCategory.ORGAN, XIANYANG).creditCode(organ("610400", "MB2986A1")).build(),
            unit("XY-SCHOOL-1", "咸阳市秦都区渭滨中学", UnitCategory.SCHOOL, QINDU)
                .creditCode(CreditCode.compose("12", "610402", "43578210")).leadDepartmentId("XY-CZJ")
                .demonstration(Demonstration.builder().level(DemonstrationLevel.MUNICIPAL)
                    .status(DemonstrationStatus.NAMED).year(2022).build())
                .build(),
            unit("XY-HOSP-1", "泾阳县人民医院", UnitCategory.HOSPITAL, JINGYANG)
                .creditCode(CreditCode.compose("12", "610423", "43620017")).build(),
            unit("XY-SOE-1", "咸阳市城市建设投资控股集团有限公司", UnitCategory.STATE_ENTERPRISE, XIANYANG)
                .creditCode(CreditCode.compose("91", "610400", "MA6TG2Q1")).build(),
            unit("XY-VILLAGE-1", "淳化县城关街道孙家村", UnitCategory.VILLAGE_COMMUNITY, DivisionCode.of("610430001201"))
                .creditCode(CreditCode.compose("54", "610430", "C3126702")).build(),
            unit("XY-FAMILY-1", "淳化县城关街道孙某家庭", UnitCategory.FAMILY, CHUNHUA).parentId("XY-VILLAGE-1").build())
        .addTasks(
            KeyTask.builder().id("XY-T-2022-017").title("开展“清廉医院”建设专项行动").kind(TaskKind.TASK).year(2022)
                .jurisdiction(XIANYANG).category(UnitCategory.HOSPITAL).leadUnitId("XY-CZJ")
                .addSupportingUnitIds("XY-HOSP-1").source("清廉咸阳建设重点任务清单（2022年）")
                .startDate(LocalDate.of(2022, 2, 15)).dueDate(LocalDate.of(2022, 10, 31))
                .status(TaskStatus.COMPLETED).completedDate(LocalDate.of(2022, 10, 20)).progress(100)
                .supervised(true).build(),
            KeyTask.builder().id("XY-T-2022-118").title("村级小微权力清单规范运行").kind(TaskKind.PROJECT).year(2022)
                .jurisdiction(CHUNHUA).category(UnitCategory.VILLAGE_COMMUNITY).leadUnitId("XY-JW")
                .startDate(LocalDate.of(2022, 3, 1)).dueDate(LocalDate.of(2023, 6, 30))
                .status(TaskStatus.IN_PROGRESS).progress(60).build())
        .addInspections(Inspection.builder().id("XY-I-2022-031").kind(InspectionKind.SUPERVISION_VISIT)
            .addMethods(InspectionMethod.FOUR_NOS_TWO_STRAIGHTS, InspectionMethod.LEDGER_REVIEW, InspectionMethod.SYMPOSIUM)
            .inspectorUnitId("XY-JW").addTargetUnitIds("XY-HOSP-1", "XY-VILLAGE-1").addTaskIds("XY-T-2022-017")
            .startDate(LocalDate.of(2022, 6, 6)).endDate(LocalDate.of(2022, 6, 10))
            .topic("清廉医院与清廉村居建设调研督导").build())
        .addFindings(
            Finding.builder().id("XY-F-2022-031-1").inspectionId("XY-I-2022-031").unitId("XY-HOSP-1")
                .description("医用耗材采购未按规定公开比选").riskArea(RiskArea.MEDICAL).foundDate(LocalDate.of(2022, 6, 8))
                .amountInvolved(new BigDecimal("128000.00")).amountRecovered(new BigDecimal("36500.00"))
                .rectification(Rectification.builder().status(RectificationStatus.VERIFIED)
                    .deadline(LocalDate.of(2022, 8, 31)).completedDate(LocalDate.of(2022, 8, 25))
                    .measures("修订采购管理办法，追回多付款项").build())
                .addFollowUps(FollowUp.builder().type(FollowUpType.SUPERVISION_RECOMMENDATION)
                    .issuedDate(LocalDate.of(2022, 6, 20)).build())
                .build(),
            Finding.builder().id("XY-F-2022-031-2").inspectionId("XY-I-2022-031").unitId("XY-VILLAGE-1")
                .description("村集体资产租赁台账不全").riskArea(RiskArea.VILLAGE_ASSETS).foundDate(LocalDate.of(2022, 6, 9))
                .rectification(Rectification.builder().status(RectificationStatus.IN_PROGRESS)
                    .deadline(LocalDate.of(2023, 3, 31)).build())
                .build())
        .addActions(
            AccountabilityAction.builder().id("XY-A-2022-001").findingId("XY-F-2022-031-1").inspectionId("XY-I-2022-031")
                .subject(person("XY-P-0001", "王某", "610402", "19750312", "123", "泾阳县人民医院采购科科长", "XY-HOSP-1"))
                .form(DisciplineForm.SECOND).measure(AccountabilityMeasure.GOV_DEMERIT)
                .decisionDate(LocalDate.of(2022, 7, 15)).decidingUnitId("XY-JW").build(),
            AccountabilityAction.builder().id("XY-A-2022-002").findingId("XY-F-2022-031-2").inspectionId("XY-I-2022-031")
                .subject(person("XY-P-0002", "李某", "610430", "19680921", "045", "孙家村党支部书记", "XY-VILLAGE-1"))
                .form(DisciplineForm.FIRST).measure(AccountabilityMeasure.REMINDER_TALK)
                .decisionDate(LocalDate.of(2022, 6, 30)).decidingUnitId("XY-JW").build(),
            AccountabilityAction.builder().id("XY-A-2022-003").findingId("XY-F-2022-031-1")
                .subject(OrganizationSubject.of("XY-HOSP-1")).measure(AccountabilityMeasure.ORG_CIRCULATION)
                .decisionDate(LocalDate.of(2022, 7, 15)).decidingUnitId("XY-JW").build())
        .addAssessmentSchemes(AssessmentScheme.builder().id("XY-S-2022").year(2022).title("2022年度清廉咸阳建设考评细则")
            .weights(MethodWeights.of("0.5", "0.2", "0.3")).maxScore(new BigDecimal("100"))
            .grades(Grade.defaultScale()).build())
        .addAssessments(
            AssessmentRecord.builder().id("XY-R-2022-001").schemeId("XY-S-2022").unitId("XY-SCHOOL-1")
                .period(YearPeriod.ofYear(2022)).scores(MethodScores.of("94", "90.5", "92"))
                .total(new BigDecimal("92.70")).grade("EXCELLENT").assessorUnitId("XY-JW").build(),
            AssessmentRecord.builder().id("XY-R-2022-002").schemeId("XY-S-2022").unitId("XY-HOSP-1")
                .period(YearPeriod.ofYear(2022)).scores(MethodScores.of("85", "80", "82"))
                .total(new BigDecimal("83.10")).grade(Grade.POOR).vetoed(true)
                .vetoReason("发生违规采购问题，实行一票否决").assessorUnitId("XY-JW").build())
        .addIndicators(
            Indicator.builder().id("XY-M-2022-001").divisionCode(XIANYANG).period(YearPeriod.ofYear(2022))
                .metric(Metric.APPROVAL_AVG_DAYS).value(new BigDecimal("2.46")).build(),
            Indicator.builder().id("XY-M-2022-002").unitId("XY-SCHOOL-1").period(YearPeriod.ofYear(2022))
                .metric(Metric.SATISFACTION_RATE).value(new BigDecimal("92")).build())
        .build();
  }

  private static CreditCode organ(String division, String organizationBody) {
    return CreditCode.compose("11", division, organizationBody);
  }

  private static org.qinglian.model.unit.ImmutableUnit.Builder unit(
      String id, String name, UnitCategory category, DivisionCode division) {
    return Unit.builder().id(id).name(name).category(category).divisionCode(division);
  }

  private static PersonSubject person(
      String personId, String name, String county, String birth, String sequence, String position, String unitId) {
    String first17 = county + birth + sequence;
    return PersonSubject.builder()
        .personId(personId)
        .name(name)
        .residentId(ResidentId.of(first17 + ResidentId.checkCharacter(first17)))
        .position(position)
        .unitId(unitId)
        .build();
  }
}
