package org.qinglian.model.time;


import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/** 考核周期类型 — the kind of period a result or an observation covers. */
public enum PeriodType implements Coded {
  /** 年度. */
  YEAR(Labels.of("年度", "年度", "全年", "全年"), 1),
  /** 半年. */
  HALF(Labels.of("半年", "半年", "半年度", "半年度"), 2),
  /** 季度. */
  QUARTER(Labels.of("季度", "季度"), 4);

  private final Labels labels;
  private final int parts;

  PeriodType(Labels labels, int parts) {
    this.labels = labels;
    this.parts = parts;
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /** {@return how many periods of this type make a year: 1, 2 or 4} */
  public int partsPerYear() {
    return parts;
  }
}
