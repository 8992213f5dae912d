package org.qinglian.validation;

/**
 * 内置规则代码 — constants naming the built-in rule codes, for callers that configure
 * severities or look for an issue. Codes are stable: more may be added, none renamed once
 * released. Each rule class declares its own {@link RuleDescriptor}s; a new rule does not
 * need a constant here ({@code CodesTest} checks that every constant names a rule).
 */
public final class Codes {

  private Codes() {}

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
}
