package org.qinglian.model.indicator;

import java.math.BigDecimal;
import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/**
 * 指标 — a service indicator of the catalogue, with its unit of measure and the range a
 * value may take. Seed figures: 审批 average 2.46 days, 0.08 trips, 3.19 steps;
 * satisfaction 92 %; 最多跑一次 90 %.
 */
public enum Metric implements Coded {
  /** 审批平均办理天数 — average working days to approve, 0–365. */
  APPROVAL_AVG_DAYS(Labels.of("审批平均办理天数", "審批平均辦理天數"), "天", "days", 0, 365),
  /** 审批平均跑动次数 — average trips an applicant makes, 0–20. */
  APPROVAL_AVG_TRIPS(Labels.of("审批平均跑动次数", "審批平均跑動次數"), "次", "trips", 0, 20),
  /** 审批平均环节数 — average approval steps, 0–50. */
  APPROVAL_AVG_STEPS(Labels.of("审批平均环节数", "審批平均環節數"), "个", "steps", 0, 50),
  /** 群众满意率 — satisfaction rate, 0–100 %. */
  SATISFACTION_RATE(Labels.of("群众满意率", "群眾滿意率", "满意率", "滿意率"), "%", "%", 0, 100),
  /** “最多跑一次”实现率 — share of services needing at most one visit, 0–100 %. */
  ONE_VISIT_RATE(Labels.of("最多跑一次实现率", "最多跑一次實現率"), "%", "%", 0, 100),
  /** 网上可办率 — share of services available online, 0–100 %. */
  ONLINE_SERVICE_RATE(Labels.of("网上可办率", "網上可辦率"), "%", "%", 0, 100),
  /** 问题整改率 — share of findings rectified, 0–100 %. */
  RECTIFICATION_RATE(Labels.of("问题整改率", "問題整改率"), "%", "%", 0, 100),
  /** 信访举报量同比变化 — year-on-year change of petitions and reports, −100 to +1000 %. */
  PETITION_YOY_CHANGE(Labels.of("信访举报量同比变化", "信訪舉報量同比變化"), "%", "%", -100, 1000);

  private final Labels labels;
  private final String unitZh;
  private final String unitEn;
  private final BigDecimal min;
  private final BigDecimal max;

  Metric(Labels labels, String unitZh, String unitEn, int min, int max) {
    this.labels = labels;
    this.unitZh = unitZh;
    this.unitEn = unitEn;
    this.min = BigDecimal.valueOf(min);
    this.max = BigDecimal.valueOf(max);
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /** {@return the unit of measure in Chinese, for example 天} */
  public String unitOfMeasureZh() {
    return unitZh;
  }

  /** {@return the unit of measure in English, for example {@code days}} */
  public String unitOfMeasureEn() {
    return unitEn;
  }

  /** {@return the smallest allowed value} */
  public BigDecimal min() {
    return min;
  }

  /** {@return the largest allowed value} */
  public BigDecimal max() {
    return max;
  }

  /**
   * {@return whether {@code value} lies in the allowed range, bounds included}
   *
   * @param value an observed value
   */
  public boolean inRange(BigDecimal value) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }
}
