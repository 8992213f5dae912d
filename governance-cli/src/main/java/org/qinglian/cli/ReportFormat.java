package org.qinglian.cli;

/** 报告格式 — how {@code validate} reports. */
enum ReportFormat {
  /** Lines for a terminal or a log. */
  TEXT,
  /** One JSON document (schema: {@code docs/report.schema.json}). */
  JSON,
  /** One self-contained HTML page, grouped by rule. */
  HTML,
  /** SARIF 2.1.0, for code-scanning tools and CI annotations. */
  SARIF
}
