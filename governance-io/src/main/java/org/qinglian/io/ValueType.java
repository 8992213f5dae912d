package org.qinglian.io;

/** How a column's text is read and written. */
enum ValueType {
  /** Free text; the only type CSV export guards against formula injection. */
  TEXT,
  /** A record id or a reference. */
  ID,
  /** A code-list entry: code or either Chinese label. */
  CODE,
  /** An open unit category. */
  CATEGORY,
  /** {@code YYYY-MM-DD}. */
  DATE,
  /** ISO-8601 with offset. */
  DATE_TIME,
  /** A whole number. */
  INTEGER,
  /** A decimal number, kept exactly. */
  DECIMAL,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** 行政区划代码, kept as given. */
  DIVISION,
  /** 统一社会信用代码, kept as given. */
  CREDIT_CODE,
  /** 公民身份号码, kept as given; personal data. */
  RESIDENT_ID,
  /** {@code major.minor}. */
  VERSION;

  boolean isNumeric() {
    return this == INTEGER || this == DECIMAL;
  }
}
