package org.qinglian.model;

import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/**
 * 记录类型 — the record lists of a dataset, with their wire names (JSON member and CSV
 * file name).
 */
public enum RecordType implements Coded {
  /** 清廉单元. */
  UNIT("units", "units.csv", "清廉单元", "清廉單元"),
  /** 重点任务. */
  TASK("tasks", "tasks.csv", "重点任务", "重點任務"),
  /** 监督检查. */
  INSPECTION("inspections", "inspections.csv", "监督检查", "監督檢查"),
  /** 发现问题. */
  FINDING("findings", "findings.csv", "发现问题", "發現問題"),
  /** 问责处理. */
  ACTION("actions", "actions.csv", "问责处理", "問責處理"),
  /** 考评细则. */
  ASSESSMENT_SCHEME("assessmentSchemes", "assessment_schemes.csv", "考评细则", "考評細則"),
  /** 考评结果. */
  ASSESSMENT("assessments", "assessments.csv", "考评结果", "考評結果"),
  /** 指标观测. */
  INDICATOR("indicators", "indicators.csv", "指标观测", "指標觀測");

  private final String jsonName;
  private final String csvFileName;
  private final Labels labels;

  RecordType(String jsonName, String csvFileName, String simplified, String traditional) {
    this.jsonName = jsonName;
    this.csvFileName = csvFileName;
    this.labels = Labels.of(simplified, traditional);
  }

  /** {@return the member of the JSON document that holds this list, for example {@code assessmentSchemes}} */
  public String jsonName() {
    return jsonName;
  }

  /** {@return the file of a CSV package that holds this list, for example {@code assessment_schemes.csv}} */
  public String csvFileName() {
    return csvFileName;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
