package org.qinglian.model.inspection;


import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/** 监督检查类型 — the kind of a supervision inspection. */
public enum InspectionKind implements Coded {
  /** 日常监督. */
  DAILY_SUPERVISION(Labels.of("日常监督", "日常監督")),
  /** 巡察. */
  PATROL(Labels.of("巡察", "巡察")),
  /** 专项检查. */
  SPECIAL_INSPECTION(Labels.of("专项检查", "專項檢查")),
  /** 调研督导. */
  SUPERVISION_VISIT(Labels.of("调研督导", "調研督導", "督导", "督導")),
  /** 回头看 / 回访. */
  RETURN_VISIT(Labels.of("回头看", "回頭看", "回访", "回訪")),
  /** 双随机一公开 — random selection of inspectors and targets, results published. */
  RANDOM_JOINT_CHECK(Labels.of("双随机一公开", "雙隨機一公開")),
  /** 主体责任落实情况检查 — check of the party committees’ primary responsibility. */
  RESPONSIBILITY_CHECK(Labels.of("主体责任落实情况检查", "主體責任落實情況檢查", "主体责任检查", "主體責任檢查"));

  private final Labels labels;

  InspectionKind(Labels labels) {
    this.labels = labels;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
