package org.qinglian.model.inspection;


import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/** 检查方式 — a method used in an inspection. */
public enum InspectionMethod implements Coded {
  /** 实地查看. */
  ON_SITE_VISIT(Labels.of("实地查看", "實地查看")),
  /** 专题座谈. */
  SYMPOSIUM(Labels.of("专题座谈", "專題座談", "座谈", "座談")),
  /** 查阅台账. */
  LEDGER_REVIEW(Labels.of("查阅台账", "查閱台賬")),
  /** 暗访. */
  UNANNOUNCED_VISIT(Labels.of("暗访", "暗訪")),
  /** 突击抽查. */
  SURPRISE_SPOT_CHECK(Labels.of("突击抽查", "突擊抽查")),
  /** 蹲点调研. */
  EMBEDDED_RESEARCH(Labels.of("蹲点调研", "蹲點調研")),
  /** 四不两直 — no notice, no greeting, no escort, no reception; straight to the site and the people. */
  FOUR_NOS_TWO_STRAIGHTS(Labels.of("四不两直", "四不兩直")),
  /** 个别谈话. */
  INTERVIEW(Labels.of("个别谈话", "個別談話")),
  /** 在线监控. */
  ONLINE_MONITORING(Labels.of("在线监控", "在線監控")),
  /** 问卷 / 测评. */
  QUESTIONNAIRE(Labels.of("问卷测评", "問卷測評", "问卷", "問卷", "测评", "測評"));

  private final Labels labels;

  InspectionMethod(Labels labels) {
    this.labels = labels;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
