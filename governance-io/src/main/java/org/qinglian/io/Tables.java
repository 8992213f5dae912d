package org.qinglian.io;

import static org.qinglian.io.ValueType.BOOLEAN;
import static org.qinglian.io.ValueType.CATEGORY;
import static org.qinglian.io.ValueType.CREDIT_CODE;
import static org.qinglian.io.ValueType.DATE;
import static org.qinglian.io.ValueType.DATE_TIME;
import static org.qinglian.io.ValueType.DECIMAL;
import static org.qinglian.io.ValueType.DIVISION;
import static org.qinglian.io.ValueType.ID;
import static org.qinglian.io.ValueType.INTEGER;
import static org.qinglian.io.ValueType.RESIDENT_ID;
import static org.qinglian.io.ValueType.TEXT;
import static org.qinglian.io.ValueType.VERSION;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.RecordType;
import org.qinglian.model.accountability.AccountabilityMeasure;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.accountability.SubjectType;
import org.qinglian.model.finding.FollowUpType;
import org.qinglian.model.finding.RectificationStatus;
import org.qinglian.model.indicator.Metric;
import org.qinglian.model.inspection.InspectionKind;
import org.qinglian.model.inspection.InspectionMethod;
import org.qinglian.model.inspection.RiskArea;
import org.qinglian.model.task.TaskKind;
import org.qinglian.model.task.TaskStatus;
import org.qinglian.model.time.PeriodType;
import org.qinglian.model.unit.DemonstrationLevel;
import org.qinglian.model.unit.DemonstrationStatus;

/**
 * The exchange format, table by table (docs/format.md, generated from here): every field with its
 * JSON path, CSV column and Chinese header. Declared here once.
 */
final class Tables {

  private Tables() {}

  /** {@code dataset.csv}: the header's fields (unprefixed in CSV) and the declared totals. */
  static final Table DATASET = new Table.Builder(Optional.empty(), "dataset.csv", "header")
      .csvDropsPrefix("header.")
      .required("header.schemaVersion", "格式版本", VERSION)
      .required("header.datasetId", "数据集标识", ID)
      .required("header.producer.name", "报送单位名称", TEXT)
      .required("header.producer.creditCode", "报送单位统一社会信用代码", CREDIT_CODE)
      .required("header.jurisdiction", "管辖区划代码", DIVISION)
      .required("header.periodStart", "报告期起", DATE)
      .required("header.periodEnd", "报告期止", DATE)
      .required("header.asOf", "数据基准日", DATE)
      .required("header.generatedAt", "生成时间", DATE_TIME)
      .optional("declaredTotals.inspections", "申报检查次数", INTEGER)
      .optional("declaredTotals.findings", "申报发现问题数", INTEGER)
      .optional("declaredTotals.findingsRectified", "申报整改问题数", INTEGER)
      .optional("declaredTotals.personsHandled", "申报处理人数", INTEGER)
      .optional("declaredTotals.personsHandledByForm.FIRST", "申报第一种形态人数", INTEGER)
      .optional("declaredTotals.personsHandledByForm.SECOND", "申报第二种形态人数", INTEGER)
      .optional("declaredTotals.personsHandledByForm.THIRD", "申报第三种形态人数", INTEGER)
      .optional("declaredTotals.personsHandledByForm.FOURTH", "申报第四种形态人数", INTEGER)
      .optional("declaredTotals.moneyRecovered", "申报追回金额", DECIMAL)
      .build();

  static final Table UNITS = new Table.Builder(Optional.of(RecordType.UNIT), "units.csv", "unit")
      .required("id", "标识", ID)
      .required("name", "名称", TEXT)
      .required("category", "类别", CATEGORY)
      .optional("parentId", "上级单元标识", ID)
      .required("divisionCode", "行政区划代码", DIVISION)
      .optional("creditCode", "统一社会信用代码", CREDIT_CODE)
      .optional("leadDepartmentId", "牵头部门标识", ID)
      .optionalCode("demonstration.level", "示范点级别", DemonstrationLevel.class)
      .optionalCode("demonstration.status", "示范点状态", DemonstrationStatus.class)
      .optional("demonstration.year", "示范点年份", INTEGER)
      .build();

  static final Table TASKS = new Table.Builder(Optional.of(RecordType.TASK), "tasks.csv", "task")
      .required("id", "标识", ID)
      .required("title", "任务名称", TEXT)
      .requiredCode("kind", "任务类别", TaskKind.class)
      .required("year", "年度", INTEGER)
      .required("jurisdiction", "区划代码", DIVISION)
      .optional("category", "单元类别", CATEGORY)
      .required("leadUnitId", "牵头单位标识", ID)
      .list("supportingUnitIds", "配合单位标识", ID, false)
      .optional("source", "任务来源", TEXT)
      .required("startDate", "开始日期", DATE)
      .required("dueDate", "截止日期", DATE)
      .requiredCode("status", "状态", TaskStatus.class)
      .optional("completedDate", "完成日期", DATE)
      .optional("progress", "进度", INTEGER)
      .optional("supervised", "是否督办", BOOLEAN)
      .build();

  static final Table INSPECTIONS = new Table.Builder(Optional.of(RecordType.INSPECTION), "inspections.csv", "inspection")
      .required("id", "标识", ID)
      .requiredCode("kind", "检查类型", InspectionKind.class)
      .codeList("methods", "检查方式", InspectionMethod.class)
      .required("inspectorUnitId", "检查主体标识", ID)
      .list("targetUnitIds", "检查对象标识", ID, true)
      .list("taskIds", "检查任务标识", ID, false)
      .required("startDate", "开始日期", DATE)
      .required("endDate", "结束日期", DATE)
      .optional("topic", "检查主题", TEXT)
      .optionalCode("riskArea", "风险领域", RiskArea.class)
      .build();

  static final Table FINDINGS = new Table.Builder(Optional.of(RecordType.FINDING), "findings.csv", "finding")
      .required("id", "标识", ID)
      .required("inspectionId", "检查标识", ID)
      .required("unitId", "问题单位标识", ID)
      .required("description", "问题描述", TEXT)
      .requiredCode("riskArea", "风险领域", RiskArea.class)
      .required("foundDate", "发现日期", DATE)
      .optional("amountInvolved", "涉及金额", DECIMAL)
      .optional("amountRecovered", "追回金额", DECIMAL)
      .requiredCode("rectification.status", "整改状态", RectificationStatus.class)
      .optional("rectification.deadline", "整改时限", DATE)
      .optional("rectification.completedDate", "整改完成日期", DATE)
      .optional("rectification.measures", "整改措施", TEXT)
      .objectListField("followUps", "type", "后续文书类型", ValueType.CODE, FollowUpType.class)
      .objectListField("followUps", "issuedDate", "后续文书日期", DATE, null)
      .build();

  static final Table ACTIONS = new Table.Builder(Optional.of(RecordType.ACTION), "actions.csv", "action")
      .required("id", "标识", ID)
      .optional("findingId", "问题标识", ID)
      .optional("inspectionId", "检查标识", ID)
      .requiredCode("subject.type", "对象类型", SubjectType.class)
      .optional("subject.personId", "人员标识", ID)
      .optional("subject.name", "姓名", TEXT)
      .optional("subject.residentId", "公民身份号码", RESIDENT_ID)
      .optional("subject.position", "职务", TEXT)
      .optional("subject.unitId", "对象单位标识", ID)
      .optionalCode("form", "形态", DisciplineForm.class)
      .requiredCode("measure", "处理方式", AccountabilityMeasure.class)
      .required("decisionDate", "决定日期", DATE)
      .required("decidingUnitId", "决定机关标识", ID)
      .optional("amountRecovered", "追回金额", DECIMAL)
      .build();

  static final Table ASSESSMENT_SCHEMES =
      new Table.Builder(Optional.of(RecordType.ASSESSMENT_SCHEME), "assessment_schemes.csv", "assessmentScheme")
          .required("id", "标识", ID)
          .required("year", "年度", INTEGER)
          .required("title", "细则名称", TEXT)
          .required("weights.routine", "平时动态考核权重", DECIMAL)
          .required("weights.democratic", "群众民主测评权重", DECIMAL)
          .required("weights.onSite", "实地调研督导权重", DECIMAL)
          .required("maxScore", "满分", DECIMAL)
          .objectListField("grades", "code", "等次代码", TEXT, null)
          .objectListField("grades", "label", "等次名称", TEXT, null)
          .objectListField("grades", "minScore", "等次最低分", DECIMAL, null)
          .build();

  static final Table ASSESSMENTS = new Table.Builder(Optional.of(RecordType.ASSESSMENT), "assessments.csv", "assessment")
      .required("id", "标识", ID)
      .required("schemeId", "细则标识", ID)
      .required("unitId", "被考评单元标识", ID)
      .required("period.year", "考评年度", INTEGER)
      .requiredCode("period.type", "周期类型", PeriodType.class)
      .optional("period.index", "周期序号", INTEGER)
      .required("scores.routine", "平时动态考核得分", DECIMAL)
      .required("scores.democratic", "群众民主测评得分", DECIMAL)
      .required("scores.onSite", "实地调研督导得分", DECIMAL)
      .required("total", "总分", DECIMAL)
      .required("grade", "等次", TEXT)
      .optional("vetoed", "一票否决", BOOLEAN)
      .optional("vetoReason", "否决理由", TEXT)
      .required("assessorUnitId", "考评单位标识", ID)
      .build();

  static final Table INDICATORS = new Table.Builder(Optional.of(RecordType.INDICATOR), "indicators.csv", "indicator")
      .required("id", "标识", ID)
      .optional("unitId", "单元标识", ID)
      .optional("divisionCode", "区划代码", DIVISION)
      .required("period.year", "年度", INTEGER)
      .requiredCode("period.type", "周期类型", PeriodType.class)
      .optional("period.index", "周期序号", INTEGER)
      .requiredCode("metric", "指标", Metric.class)
      .required("value", "指标值", DECIMAL)
      .build();

  private static final Map<RecordType, Table> BY_TYPE = new EnumMap<>(Map.of(
      RecordType.UNIT, UNITS, RecordType.TASK, TASKS, RecordType.INSPECTION, INSPECTIONS,
      RecordType.FINDING, FINDINGS, RecordType.ACTION, ACTIONS, RecordType.ASSESSMENT_SCHEME, ASSESSMENT_SCHEMES,
      RecordType.ASSESSMENT, ASSESSMENTS, RecordType.INDICATOR, INDICATORS));

  /** The table of {@code type}. */
  static Table of(RecordType type) {
    return BY_TYPE.get(type);
  }

  /** The dataset table, then one table per record type, in file order. */
  static List<Table> all() {
    return List.of(DATASET, UNITS, TASKS, INSPECTIONS, FINDINGS, ACTIONS, ASSESSMENT_SCHEMES, ASSESSMENTS, INDICATORS);
  }
}
