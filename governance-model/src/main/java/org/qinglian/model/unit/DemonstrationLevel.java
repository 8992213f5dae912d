package org.qinglian.model.unit;

import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/** 示范点级别 — the level that named a demonstration site. */
public enum DemonstrationLevel implements Coded {
  /** 省级示范点. */
  PROVINCIAL(Labels.of("省级", "省級", "省级示范点", "省級示範點")),
  /** 市级示范点. */
  MUNICIPAL(Labels.of("市级", "市級", "市级示范点", "市級示範點")),
  /** 县级示范点 (县、区). */
  COUNTY(Labels.of("县级", "縣級", "县级示范点", "縣級示範點", "区级", "區級"));

  private final Labels labels;

  DemonstrationLevel(Labels labels) {
    this.labels = labels;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
