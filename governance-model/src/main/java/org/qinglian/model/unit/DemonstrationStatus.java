package org.qinglian.model.unit;

import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/** 示范点状态 — where a demonstration site stands: being cultivated, named, or revoked. */
public enum DemonstrationStatus implements Coded {
  /** 培育 — under cultivation (培育单位). */
  CULTIVATING(Labels.of("培育", "培育", "培育中")),
  /** 命名 — named a demonstration site. */
  NAMED(Labels.of("命名", "命名", "已命名")),
  /** 撤销 — the title was revoked. */
  REVOKED(Labels.of("撤销", "撤銷", "已撤销"));

  private final Labels labels;

  DemonstrationStatus(Labels labels) {
    this.labels = labels;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
