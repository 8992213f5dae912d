package org.qinglian.model.identifier;

import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/**
 * 行政区划层级 — the level of an administrative division, derived from its code
 * (GB/T 2260 for the first six digits, 统计用区划代码 for the township and village segments).
 */
public enum DivisionLevel implements Coded {
  /** 省级 — province, autonomous region or municipality directly under the central government. */
  PROVINCE("省级", "省級", 2),
  /** 市级 — prefecture-level city. */
  CITY("市级", "市級", 4),
  /** 县级 — county, district or county-level city. */
  COUNTY("县级", "縣級", 6),
  /** 乡级 — township, town or sub-district (乡、镇、街道). */
  TOWNSHIP("乡级", "鄉級", 9),
  /** 村级 — village or residents' community (村、社区). */
  VILLAGE("村级", "村級", 12);

  private final Labels labels;
  private final int significantDigits;

  DivisionLevel(String simplified, String traditional, int significantDigits) {
    this.labels = Labels.of(simplified, traditional);
    this.significantDigits = significantDigits;
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /** {@return how many leading digits of a code identify a division of this level} */
  public int significantDigits() {
    return significantDigits;
  }
}
