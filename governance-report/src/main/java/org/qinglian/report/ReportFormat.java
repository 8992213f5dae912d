package org.qinglian.report;

/** 报告格式 — how a report is written. */
public enum ReportFormat {
  /** Lines for a terminal or a log. */
  TEXT,
  /** One JSON document (schema: {@code docs/report.schema.json}). */
  JSON,
  /** One self-contained HTML page, grouped by rule. */
  HTML,
  /** SARIF 2.1.0, for code-scanning tools and CI annotations. */
  SARIF
}
