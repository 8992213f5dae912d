package org.qinglian.model.finding;


import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/** 后续文书 — a document issued to follow a finding up. */
public enum FollowUpType implements Coded {
  /** 纪检监察建议书. */
  SUPERVISION_RECOMMENDATION(Labels.of("纪检监察建议书", "紀檢監察建議書", "监察建议书", "監察建議書")),
  /** 提示提醒函. */
  REMINDER_LETTER(Labels.of("提示提醒函", "提示提醒函", "提醒函", "提醒函")),
  /** 整改通知书. */
  RECTIFICATION_NOTICE(Labels.of("整改通知书", "整改通知書"));

  private final Labels labels;

  FollowUpType(Labels labels) {
    this.labels = labels;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
