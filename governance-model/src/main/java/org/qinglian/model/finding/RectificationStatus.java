package org.qinglian.model.finding;


import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/** 整改状态 — where the rectification of a finding stands. */
public enum RectificationStatus implements Coded {
  /** 待整改. */
  PENDING(Labels.of("待整改", "待整改")),
  /** 整改中. */
  IN_PROGRESS(Labels.of("整改中", "整改中")),
  /** 已整改 — requires a completion date. */
  RECTIFIED(Labels.of("已整改", "已整改", "整改完成", "整改完成")),
  /** 已销号 — rectified and verified, the item closed. */
  VERIFIED(Labels.of("已销号", "已銷號", "销号", "銷號"));

  private final Labels labels;

  RectificationStatus(Labels labels) {
    this.labels = labels;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
