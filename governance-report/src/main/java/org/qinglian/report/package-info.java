/**
 * 校验报告 — validation reports as text, JSON, HTML and SARIF 2.1.0, in simplified Chinese,
 * traditional Chinese and English ({@code org/qinglian/report/messages*.properties}):
 * {@link org.qinglian.report.ReportWriter}.
 */
package org.qinglian.report;
