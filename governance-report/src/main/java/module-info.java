/** 校验报告 — reports as text, JSON, HTML and SARIF; the HTML font comes from governance-report-fonts when present. */
open module org.qinglian.report {
  requires transitive org.qinglian.validation;
  requires com.fasterxml.jackson.core;

  exports org.qinglian.report;
}
