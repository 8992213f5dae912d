package org.qinglian.validation;

import static org.qinglian.validation.Severity.ERROR;
import static org.qinglian.validation.Severity.WARNING;

import java.util.List;

/**
 * 内置规则代码 — the built-in rule codes (DOMAIN.md §5) and their descriptors. Codes are
 * stable: more may be added, none renamed once released.
 */
public final class Codes {

  private Codes() {}

  private static RuleDescriptor d(String code, Severity severity, String titleZh, String titleEn,
      String descriptionZh, String descriptionEn, String messageZh, String messageEn, String source) {
    return RuleDescriptor.builder(code).severity(severity).title(titleZh, titleEn)
        .description(descriptionZh, descriptionEn).message(messageZh, messageEn).source(source).build();
  }

  public static final String PARSE_ERROR = "PARSE_ERROR";
  public static final String SCHEMA_VERSION_UNSUPPORTED = "SCHEMA_VERSION_UNSUPPORTED";
  public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
  public static final String FIELD_REQUIRED = "FIELD_REQUIRED";
  public static final String FIELD_INVALID = "FIELD_INVALID";
  public static final String ID_DUPLICATE = "ID_DUPLICATE";
  public static final String REF_MISSING = "REF_MISSING";
  public static final String REF_WRONG_KIND = "REF_WRONG_KIND";
  public static final String UNIT_PARENT_CYCLE = "UNIT_PARENT_CYCLE";
  public static final String UNIT_CATEGORY_UNKNOWN = "UNIT_CATEGORY_UNKNOWN";
  public static final String DIVISION_CODE_INVALID = "DIVISION_CODE_INVALID";
  public static final String DIVISION_OUTSIDE_JURISDICTION = "DIVISION_OUTSIDE_JURISDICTION";
  public static final String CREDIT_CODE_INVALID = "CREDIT_CODE_INVALID";
  public static final String CREDIT_CODE_ORGANIZATION_CHECK = "CREDIT_CODE_ORGANIZATION_CHECK";
  public static final String CREDIT_CODE_MISSING = "CREDIT_CODE_MISSING";
  public static final String CREDIT_CODE_UNEXPECTED = "CREDIT_CODE_UNEXPECTED";
  public static final String RESIDENT_ID_INVALID = "RESIDENT_ID_INVALID";
  public static final String DATE_ORDER = "DATE_ORDER";
  public static final String DATE_IMPLAUSIBLE = "DATE_IMPLAUSIBLE";
  public static final String TASK_STATUS_INCONSISTENT = "TASK_STATUS_INCONSISTENT";
  public static final String TASK_OVERDUE = "TASK_OVERDUE";
  public static final String FINDING_OUTSIDE_INSPECTION = "FINDING_OUTSIDE_INSPECTION";
  public static final String RECTIFICATION_STATUS_INCONSISTENT = "RECTIFICATION_STATUS_INCONSISTENT";
  public static final String RECTIFICATION_OVERDUE = "RECTIFICATION_OVERDUE";
  public static final String MONEY_RECOVERED_EXCEEDS_INVOLVED = "MONEY_RECOVERED_EXCEEDS_INVOLVED";
  public static final String ACTION_MEASURE_FORM_MISMATCH = "ACTION_MEASURE_FORM_MISMATCH";
  public static final String ACTION_SUBJECT_MEASURE_MISMATCH = "ACTION_SUBJECT_MEASURE_MISMATCH";
  public static final String SCHEME_WEIGHTS_SUM = "SCHEME_WEIGHTS_SUM";
  public static final String ASSESSMENT_TOTAL_MISMATCH = "ASSESSMENT_TOTAL_MISMATCH";
  public static final String ASSESSMENT_GRADE_MISMATCH = "ASSESSMENT_GRADE_MISMATCH";
  public static final String ASSESSMENT_VETO_GRADE = "ASSESSMENT_VETO_GRADE";
  public static final String ASSESSMENT_DUPLICATE = "ASSESSMENT_DUPLICATE";
  public static final String INDICATOR_OUT_OF_RANGE = "INDICATOR_OUT_OF_RANGE";
  public static final String TOTALS_MISMATCH = "TOTALS_MISMATCH";

  static final RuleDescriptor D_PARSE_ERROR = d(PARSE_ERROR, ERROR,
      "无法读取", "Cannot read",
      "输入无法按交换格式读取（语法错误、类型错误、编码错误、超出限制），问题处之后的数据可能未被读取。",
      "The input cannot be read as the exchange format (syntax, type, encoding or a limit); data after the "
          + "problem may not have been read.",
      "无法读取：{detail}", "cannot read: {detail}", "DOMAIN.md §6");
  static final RuleDescriptor D_SCHEMA_VERSION_UNSUPPORTED = d(SCHEMA_VERSION_UNSUPPORTED, ERROR,
      "不支持的格式版本", "Unsupported schema version",
      "数据集头的 schemaVersion 必须是本 SDK 支持的主版本（1.x）。",
      "The header's schemaVersion must have a major version this SDK reads (1.x).",
      "格式版本 {value} 不受支持，支持 {supported}", "schema version {value} is not supported; supported: {supported}",
      "DOMAIN.md §4 (format version \"1.0\")");
  static final RuleDescriptor D_UNKNOWN_FIELD = d(UNKNOWN_FIELD, WARNING,
      "未知字段", "Unknown field",
      "输入含有格式未定义的字段或列；其值已保留在记录的扩展字段中，导出时原样写回。",
      "The input has a field or column the format does not define; its value is kept in the record's "
          + "extensions and written back on export.",
      "未知字段 {field}，已保留", "unknown field {field}, kept", "DOMAIN.md §6");
  static final RuleDescriptor D_FIELD_REQUIRED = d(FIELD_REQUIRED, ERROR,
      "缺少必填字段", "Required field missing",
      "必填字段缺失、为空或只有空白。", "A required field is absent, empty or only white space.",
      "缺少必填字段 {path}", "required field {path} is missing", "DOMAIN.md §4");
  static final RuleDescriptor D_FIELD_INVALID = d(FIELD_INVALID, ERROR,
      "字段值无效", "Invalid field value",
      "字段值不符合字段规则（格式、长度、取值范围、小数位数）。",
      "A field's value breaks its field rule (format, length, range, decimal places).",
      "{path} 的值 {value} 无效：{constraint}", "{path}: value {value} is invalid: {constraint}", "DOMAIN.md §3–4");
  static final RuleDescriptor D_ID_DUPLICATE = d(ID_DUPLICATE, ERROR,
      "标识重复", "Duplicate id",
      "同一记录类型内，记录标识必须唯一。", "Record ids must be unique within a record type.",
      "{type} 标识 {id} 重复", "{type} id {id} is used more than once", "DOMAIN.md §3 (record id)");
  static final RuleDescriptor D_REF_MISSING = d(REF_MISSING, ERROR,
      "引用的记录不存在", "Referenced record missing",
      "引用字段指向的记录在数据集中不存在。", "A reference names a record the dataset does not have.",
      "{path} 引用的{targetType} {target} 不存在", "{path} refers to {targetType} {target}, which does not exist",
      "DOMAIN.md §5 (referential integrity)");
  static final RuleDescriptor D_REF_WRONG_KIND = d(REF_WRONG_KIND, ERROR,
      "引用的记录类型不符", "Reference to the wrong kind of record",
      "引用指向了其他类型的记录，或指向的单元类别不符合要求（如牵头部门、检查主体、决定机关必须是机关单元）。",
      "A reference names a record of another type, or a unit of the wrong category (lead departments, "
          + "inspecting, deciding and assessing bodies must be organ units).",
      "{path} 引用的 {target} 应为{expected}，实为{actual}", "{path} refers to {target}, which should be {expected} but is {actual}",
      "DOMAIN.md §4 (lead department: an organ unit)");
  static final RuleDescriptor D_UNIT_PARENT_CYCLE = d(UNIT_PARENT_CYCLE, ERROR,
      "上级单元循环", "Unit parents form a cycle",
      "单元的上级关系不得形成循环。", "The parent chain of units must not loop.",
      "单元上级关系形成循环：{cycle}", "unit parents form a cycle: {cycle}", "DOMAIN.md §5");
  static final RuleDescriptor D_UNIT_CATEGORY_UNKNOWN = d(UNIT_CATEGORY_UNKNOWN, ERROR,
      "未知单元类别", "Unknown unit category",
      "单元类别必须是标准目录或嵌入系统登记的类别。",
      "A unit category must be in the standard catalogue or registered by the embedding system.",
      "单元类别 {value} 未登记", "unit category {value} is not registered", "DOMAIN.md §4 (open code list)");
  static final RuleDescriptor D_DIVISION_CODE_INVALID = d(DIVISION_CODE_INVALID, ERROR,
      "行政区划代码无效", "Invalid division code",
      "行政区划代码必须是6位（GB/T 2260）或12位（统计用区划代码）数字，层级结构正确。",
      "A division code must be 6 digits (GB/T 2260) or 12 digits (statistical division code) with a sound "
          + "segment structure.",
      "{path} 的行政区划代码 {value} 无效：{detail}", "{path}: division code {value} is invalid: {detail}",
      "GB/T 2260；国家统计局统计用区划代码");
  static final RuleDescriptor D_DIVISION_OUTSIDE_JURISDICTION = d(DIVISION_OUTSIDE_JURISDICTION, ERROR,
      "区划不在管辖范围内", "Division outside the jurisdiction",
      "记录的行政区划必须位于数据集头所列管辖区划之内。",
      "A record's division must lie inside the dataset's jurisdiction.",
      "{path} 的区划 {value} 不在管辖区划 {jurisdiction} 之内",
      "{path}: division {value} is not inside the jurisdiction {jurisdiction}", "DOMAIN.md §5");
  static final RuleDescriptor D_CREDIT_CODE_INVALID = d(CREDIT_CODE_INVALID, ERROR,
      "统一社会信用代码无效", "Invalid credit code",
      "统一社会信用代码格式错误或第18位校验码不符（GB 32100-2015）。",
      "The unified social credit code is malformed or its check character (character 18) is wrong "
          + "(GB 32100-2015).",
      "{path} 的统一社会信用代码 {value} 无效：{detail}", "{path}: credit code {value} is invalid: {detail}",
      "GB 32100-2015");
  static final RuleDescriptor D_CREDIT_CODE_ORGANIZATION_CHECK = d(CREDIT_CODE_ORGANIZATION_CHECK, WARNING,
      "组织机构代码校验不符", "Organisation code check fails",
      "统一社会信用代码第18位校验正确，但第9–17位组织机构代码自身的校验码不符（GB 11714）；2016年前赋码的部分真实代码如此。",
      "The credit code's final check holds but its organisation code (characters 9–17) fails its own "
          + "check (GB 11714); some real codes issued before 2016 do.",
      "{path} 的统一社会信用代码 {value} 中的组织机构代码校验不符", "{path}: the organisation code inside credit code {value} fails its check",
      "GB 11714-1997");
  static final RuleDescriptor D_CREDIT_CODE_MISSING = d(CREDIT_CODE_MISSING, WARNING,
      "缺少统一社会信用代码", "Credit code missing",
      "机关、企业、学校、医院单元应填写统一社会信用代码。",
      "Organ, enterprise, school and hospital units are expected to give their credit code.",
      "{category}单元缺少统一社会信用代码", "{category} unit has no credit code", "DOMAIN.md §4 (unit)");
  static final RuleDescriptor D_CREDIT_CODE_UNEXPECTED = d(CREDIT_CODE_UNEXPECTED, ERROR,
      "不应有统一社会信用代码", "Unexpected credit code",
      "家庭单元不是法人或组织，不得填写统一社会信用代码。",
      "A family unit is not an organisation and never has a credit code.",
      "{category}单元不应填写统一社会信用代码", "{category} unit must not have a credit code", "DOMAIN.md §4 (unit)");
  static final RuleDescriptor D_RESIDENT_ID_INVALID = d(RESIDENT_ID_INVALID, ERROR,
      "公民身份号码无效", "Invalid resident id",
      "公民身份号码格式、出生日期或校验码错误（GB 11643-1999）。",
      "The resident id is malformed, has an impossible birth date or a wrong check character (GB 11643-1999).",
      "{path} 的公民身份号码 {value} 无效：{detail}", "{path}: resident id {value} is invalid: {detail}",
      "GB 11643-1999");
  static final RuleDescriptor D_DATE_ORDER = d(DATE_ORDER, ERROR,
      "日期先后顺序错误", "Dates out of order",
      "成对的日期必须有序：开始不晚于结束或截止，发现不晚于整改时限，完成不早于开始。",
      "Paired dates must be ordered: start before end or due, found before the deadline, completion after start.",
      "{path} 为 {value}，早于 {otherPath} {other}", "{path} {value} is before {otherPath} {other}", "DOMAIN.md §5");
  static final RuleDescriptor D_DATE_IMPLAUSIBLE = d(DATE_IMPLAUSIBLE, WARNING,
      "日期不合常理", "Implausible date",
      "日期应在2000年之后，完成、发现、决定等已发生的日期不应晚于数据基准日（asOf）。",
      "Dates should be after 2000, and dates of things that happened (found, completed, decided) not after "
          + "the dataset's asOf date.",
      "{path} 的日期 {value} 不合常理：{detail}", "{path}: date {value} is implausible: {detail}", "DOMAIN.md §5");
  static final RuleDescriptor D_TASK_STATUS_INCONSISTENT = d(TASK_STATUS_INCONSISTENT, ERROR,
      "任务状态与完成情况不一致", "Task status inconsistent",
      "状态为已完成当且仅当有完成日期、进度为100。", "A task is COMPLETED exactly when it has a completion date and progress 100.",
      "任务状态 {status} 与{detail}不一致", "task status {status} is inconsistent with {detail}", "DOMAIN.md §5");
  static final RuleDescriptor D_TASK_OVERDUE = d(TASK_OVERDUE, WARNING,
      "任务逾期", "Task overdue",
      "未完成的任务截止日期早于数据基准日。", "An unfinished task's due date is before the asOf date.",
      "任务截止于 {dueDate}，截至 {asOf} 仍为 {status}", "task was due {dueDate} and is still {status} at {asOf}",
      "seed 001 (重点任务跟踪督办)");
  static final RuleDescriptor D_FINDING_OUTSIDE_INSPECTION = d(FINDING_OUTSIDE_INSPECTION, WARNING,
      "问题不在检查范围内", "Finding outside its inspection",
      "发现问题的单元应是所属检查的对象，发现日期应在检查期间内。",
      "A finding's unit should be a target of its inspection and its date inside the inspection's period.",
      "问题{detail}", "finding {detail}", "DOMAIN.md §5");
  static final RuleDescriptor D_RECTIFICATION_STATUS_INCONSISTENT = d(RECTIFICATION_STATUS_INCONSISTENT, ERROR,
      "整改状态与完成日期不一致", "Rectification status inconsistent",
      "已整改、已销号的问题必须有完成日期；未完成的不得有完成日期。",
      "Rectified and verified findings need a completion date; pending ones must not have one.",
      "整改状态 {status} 与{detail}不一致", "rectification status {status} is inconsistent with {detail}",
      "DOMAIN.md §5");
  static final RuleDescriptor D_RECTIFICATION_OVERDUE = d(RECTIFICATION_OVERDUE, WARNING,
      "整改逾期", "Rectification overdue",
      "未完成整改的问题已过整改时限。", "An unrectified finding is past its deadline at the asOf date.",
      "整改时限为 {deadline}，截至 {asOf} 仍为 {status}", "rectification was due {deadline} and is still {status} at {asOf}",
      "seed 000, 003 (问题整改)");
  static final RuleDescriptor D_MONEY_RECOVERED_EXCEEDS_INVOLVED = d(MONEY_RECOVERED_EXCEEDS_INVOLVED, WARNING,
      "追回金额超过涉及金额", "More money recovered than involved",
      "追缴或退赔金额一般不超过问题涉及金额。", "Money recovered is not usually more than the money involved.",
      "追回 {recovered} 元，超过涉及金额 {involved} 元", "recovered {recovered} yuan, more than the {involved} yuan involved",
      "DOMAIN.md §5");
  static final RuleDescriptor D_ACTION_MEASURE_FORM_MISMATCH = d(ACTION_MEASURE_FORM_MISMATCH, ERROR,
      "处理方式与形态不符", "Measure not allowed under the form",
      "每种处理方式只能归入特定的“四种形态”：如诫勉属第一种形态，开除党籍属第三或第四种形态；对组织的问责不归入形态。",
      "Each measure counts under fixed forms of the “four forms”: admonition is first form, expulsion third "
          + "or fourth; organisational measures have no form.",
      "处理方式 {measure} 不能归入 {form}（允许：{allowed}）", "measure {measure} cannot count under form {form} (allowed: {allowed})",
      "《中国共产党纪律处分条例》；监督执纪“四种形态”");
  static final RuleDescriptor D_ACTION_SUBJECT_MEASURE_MISMATCH = d(ACTION_SUBJECT_MEASURE_MISMATCH, ERROR,
      "处理方式与对象不符", "Measure does not fit the subject",
      "检查、通报、改组只用于党组织；个人处理方式不用于组织。",
      "Inspection, circulation and reorganisation are for organisations only; personal measures never are.",
      "处理方式 {measure} 适用于{expected}，对象是{actual}",
      "measure {measure} is for subject type {expected}, the subject is {actual}",
      "《中国共产党问责条例》第八条");
  static final RuleDescriptor D_SCHEME_WEIGHTS_SUM = d(SCHEME_WEIGHTS_SUM, ERROR,
      "权重之和不为1", "Weights do not sum to 1",
      "平时动态考核、群众民主测评、实地调研督导三项权重之和必须为1。",
      "The weights of routine, democratic and on-site assessment must sum to 1.",
      "三项权重之和为 {sum}，应为 1", "the three weights sum to {sum}, not 1", "seed 001 (“三位一体”考评)");
  static final RuleDescriptor D_ASSESSMENT_TOTAL_MISMATCH = d(ASSESSMENT_TOTAL_MISMATCH, ERROR,
      "总分与加权分不符", "Total is not the weighted sum",
      "总分必须等于三项得分按细则权重的加权和（允许±0.01）。",
      "The total must equal the weighted sum of the three scores under the scheme (± 0.01).",
      "总分 {total} 与加权和 {expected} 不符", "total {total} differs from the weighted sum {expected}", "DOMAIN.md §4");
  static final RuleDescriptor D_ASSESSMENT_GRADE_MISMATCH = d(ASSESSMENT_GRADE_MISMATCH, ERROR,
      "等次与分数不符", "Grade does not follow the total",
      "等次必须是细则中总分所达到的等次。", "The grade must be the one the scheme gives the total.",
      "等次 {grade} 与总分 {total} 应得的 {expected} 不符", "grade {grade} is not {expected}, which total {total} reaches",
      "DOMAIN.md §4");
  static final RuleDescriptor D_ASSESSMENT_VETO_GRADE = d(ASSESSMENT_VETO_GRADE, ERROR,
      "一票否决的等次错误", "Vetoed unit not graded lowest",
      "实行一票否决的单元只能评为最低等次，并应说明否决理由。",
      "A vetoed unit gets the scheme's lowest grade and a veto reason.",
      "一票否决{detail}", "vetoed: {detail}", "seed 001 (一票否决)");
  static final RuleDescriptor D_ASSESSMENT_DUPLICATE = d(ASSESSMENT_DUPLICATE, ERROR,
      "考评结果重复", "Duplicate assessment",
      "同一细则、单元、周期只能有一条考评结果。", "One scheme, unit and period have one assessment at most.",
      "细则 {scheme}、单元 {unit}、周期 {period} 已有考评结果",
      "scheme {scheme}, unit {unit}, period {period} is already assessed by an earlier record", "DOMAIN.md §4");
  static final RuleDescriptor D_INDICATOR_OUT_OF_RANGE = d(INDICATOR_OUT_OF_RANGE, ERROR,
      "指标值超出范围", "Indicator value out of range",
      "指标值必须在目录规定的范围内。", "An indicator's value must lie in its metric's range.",
      "{metric} 的值 {value} 超出范围 {min}–{max}", "{metric} value {value} is outside {min}–{max}", "seed 002 (审批服务指标)");
  static final RuleDescriptor D_TOTALS_MISMATCH = d(TOTALS_MISMATCH, ERROR,
      "汇总数与明细不符", "Declared total differs from the records",
      "汇总数必须等于明细记录统计：检查数、问题数、已整改问题数（已整改和已销号）、处理人数（按人去重，含分形态）、追回金额（问题与问责之和）。",
      "A declared total must equal the count from the records: inspections, findings, findings rectified "
          + "(rectified or verified), distinct persons handled (in all and per form), money recovered "
          + "(findings plus actions).",
      "{path} 申报 {declared}，明细统计为 {counted}", "{path} declares {declared}, the records give {counted}",
      "seed 000, 003 (公布的汇总数)");

  /** Every built-in descriptor, in documentation order. */
  static final List<RuleDescriptor> ALL = List.of(
      D_PARSE_ERROR, D_SCHEMA_VERSION_UNSUPPORTED, D_UNKNOWN_FIELD, D_FIELD_REQUIRED, D_FIELD_INVALID,
      D_ID_DUPLICATE, D_REF_MISSING, D_REF_WRONG_KIND, D_UNIT_PARENT_CYCLE, D_UNIT_CATEGORY_UNKNOWN,
      D_DIVISION_CODE_INVALID, D_DIVISION_OUTSIDE_JURISDICTION, D_CREDIT_CODE_INVALID,
      D_CREDIT_CODE_ORGANIZATION_CHECK, D_CREDIT_CODE_MISSING, D_CREDIT_CODE_UNEXPECTED, D_RESIDENT_ID_INVALID,
      D_DATE_ORDER, D_DATE_IMPLAUSIBLE, D_TASK_STATUS_INCONSISTENT, D_TASK_OVERDUE, D_FINDING_OUTSIDE_INSPECTION,
      D_RECTIFICATION_STATUS_INCONSISTENT, D_RECTIFICATION_OVERDUE, D_MONEY_RECOVERED_EXCEEDS_INVOLVED,
      D_ACTION_MEASURE_FORM_MISMATCH, D_ACTION_SUBJECT_MEASURE_MISMATCH, D_SCHEME_WEIGHTS_SUM,
      D_ASSESSMENT_TOTAL_MISMATCH, D_ASSESSMENT_GRADE_MISMATCH, D_ASSESSMENT_VETO_GRADE, D_ASSESSMENT_DUPLICATE,
      D_INDICATOR_OUT_OF_RANGE, D_TOTALS_MISMATCH);
}
