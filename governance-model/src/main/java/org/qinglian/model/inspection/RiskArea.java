package org.qinglian.model.inspection;


import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/** 风险领域 — the field in which a problem or an inspection lies. */
public enum RiskArea implements Coded {
  /** 营商环境. */
  BUSINESS_ENVIRONMENT(Labels.of("营商环境", "營商環境")),
  /** 招投标. */
  BIDDING(Labels.of("招投标", "招投標")),
  /** 采购. */
  PROCUREMENT(Labels.of("采购", "採購")),
  /** 基建工程. */
  CONSTRUCTION(Labels.of("基建工程", "基建工程")),
  /** 金融. */
  FINANCE(Labels.of("金融", "金融")),
  /** 国资. */
  STATE_ASSETS(Labels.of("国资", "國資", "国有资产", "國有資產")),
  /** 医疗医药. */
  MEDICAL(Labels.of("医疗医药", "醫療醫藥")),
  /** 教育. */
  EDUCATION(Labels.of("教育", "教育")),
  /** 食堂. */
  CANTEEN(Labels.of("食堂", "食堂")),
  /** 补贴资金. */
  SUBSIDY(Labels.of("补贴资金", "補貼資金")),
  /** 农村集体“三资” — village collective funds, assets and resources. */
  VILLAGE_ASSETS(Labels.of("农村集体三资", "農村集體三資", "农村集体“三资”", "農村集體「三資」", "三资", "三資")),
  /** 审批服务. */
  APPROVAL(Labels.of("审批服务", "審批服務")),
  /** “四风” — formalism, bureaucratism, hedonism, extravagance. */
  FOUR_WINDS(Labels.of("四风", "四風", "“四风”", "「四風」")),
  /** 养老社保. */
  SOCIAL_SECURITY(Labels.of("养老社保", "養老社保")),
  /** 其他. */
  OTHER(Labels.of("其他", "其他"));

  private final Labels labels;

  RiskArea(Labels labels) {
    this.labels = labels;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
