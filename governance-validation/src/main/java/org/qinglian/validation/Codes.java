package org.qinglian.validation;

/**
 * 内置规则代码 — constants naming the built-in rule codes, for callers that configure
 * severities or look for an issue. Codes are stable: more may be added, none renamed once
 * released. Each rule class declares its own {@link RuleDescriptor}s; a new rule does not
 * need a constant here ({@code CodesTest} checks that every constant names a rule).
 */
public final class Codes {

  private Codes() {}

  /** Cannot read (无法读取). */
  public static final String PARSE_ERROR = "PARSE_ERROR";
  /** Unsupported schema version (不支持的格式版本). */
  public static final String SCHEMA_VERSION_UNSUPPORTED = "SCHEMA_VERSION_UNSUPPORTED";
  /** Unknown field (未知字段). */
  public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
  /** Required field missing (缺少必填字段). */
  public static final String FIELD_REQUIRED = "FIELD_REQUIRED";
  /** Invalid field value (字段值无效). */
  public static final String FIELD_INVALID = "FIELD_INVALID";
  /** Duplicate id (标识重复). */
  public static final String ID_DUPLICATE = "ID_DUPLICATE";
  /** Referenced record missing (引用的记录不存在). */
  public static final String REF_MISSING = "REF_MISSING";
  /** Reference to the wrong kind of record (引用的记录类型不符). */
  public static final String REF_WRONG_KIND = "REF_WRONG_KIND";
  /** Unit parents form a cycle (上级单元循环). */
  public static final String UNIT_PARENT_CYCLE = "UNIT_PARENT_CYCLE";
  /** Unknown unit category (未知单元类别). */
  public static final String UNIT_CATEGORY_UNKNOWN = "UNIT_CATEGORY_UNKNOWN";
  /** Invalid division code (行政区划代码无效). */
  public static final String DIVISION_CODE_INVALID = "DIVISION_CODE_INVALID";
  /** Division outside the jurisdiction (区划不在管辖范围内). */
  public static final String DIVISION_OUTSIDE_JURISDICTION = "DIVISION_OUTSIDE_JURISDICTION";
  /** Invalid credit code (统一社会信用代码无效). */
  public static final String CREDIT_CODE_INVALID = "CREDIT_CODE_INVALID";
  /** Organisation code check fails (组织机构代码校验不符). */
  public static final String CREDIT_CODE_ORGANIZATION_CHECK = "CREDIT_CODE_ORGANIZATION_CHECK";
  /** Credit code missing (缺少统一社会信用代码). */
  public static final String CREDIT_CODE_MISSING = "CREDIT_CODE_MISSING";
  /** Unexpected credit code (不应有统一社会信用代码). */
  public static final String CREDIT_CODE_UNEXPECTED = "CREDIT_CODE_UNEXPECTED";
  /** Invalid resident id (公民身份号码无效). */
  public static final String RESIDENT_ID_INVALID = "RESIDENT_ID_INVALID";
  /** Dates out of order (日期先后顺序错误). */
  public static final String DATE_ORDER = "DATE_ORDER";
  /** Implausible date (日期不合常理). */
  public static final String DATE_IMPLAUSIBLE = "DATE_IMPLAUSIBLE";
  /** Task status inconsistent (任务状态与完成情况不一致). */
  public static final String TASK_STATUS_INCONSISTENT = "TASK_STATUS_INCONSISTENT";
  /** Task overdue (任务逾期). */
  public static final String TASK_OVERDUE = "TASK_OVERDUE";
  /** Finding outside its inspection (问题不在检查范围内). */
  public static final String FINDING_OUTSIDE_INSPECTION = "FINDING_OUTSIDE_INSPECTION";
  /** Rectification status inconsistent (整改状态与完成日期不一致). */
  public static final String RECTIFICATION_STATUS_INCONSISTENT = "RECTIFICATION_STATUS_INCONSISTENT";
  /** Rectification overdue (整改逾期). */
  public static final String RECTIFICATION_OVERDUE = "RECTIFICATION_OVERDUE";
  /** More money recovered than involved (追回金额超过涉及金额). */
  public static final String MONEY_RECOVERED_EXCEEDS_INVOLVED = "MONEY_RECOVERED_EXCEEDS_INVOLVED";
  /** Measure not allowed under the form (处理方式与形态不符). */
  public static final String ACTION_MEASURE_FORM_MISMATCH = "ACTION_MEASURE_FORM_MISMATCH";
  /** Measure does not fit the subject (处理方式与对象不符). */
  public static final String ACTION_SUBJECT_MEASURE_MISMATCH = "ACTION_SUBJECT_MEASURE_MISMATCH";
  /** Weights do not sum to 1 (权重之和不为1). */
  public static final String SCHEME_WEIGHTS_SUM = "SCHEME_WEIGHTS_SUM";
  /** Total is not the weighted sum (总分与加权分不符). */
  public static final String ASSESSMENT_TOTAL_MISMATCH = "ASSESSMENT_TOTAL_MISMATCH";
  /** Grade does not follow the total (等次与分数不符). */
  public static final String ASSESSMENT_GRADE_MISMATCH = "ASSESSMENT_GRADE_MISMATCH";
  /** Vetoed unit not graded lowest (一票否决的等次错误). */
  public static final String ASSESSMENT_VETO_GRADE = "ASSESSMENT_VETO_GRADE";
  /** Duplicate assessment (考评结果重复). */
  public static final String ASSESSMENT_DUPLICATE = "ASSESSMENT_DUPLICATE";
  /** Indicator value out of range (指标值超出范围). */
  public static final String INDICATOR_OUT_OF_RANGE = "INDICATOR_OUT_OF_RANGE";
  /** Declared total differs from the records (汇总数与明细不符). */
  public static final String TOTALS_MISMATCH = "TOTALS_MISMATCH";
}
