package org.qinglian.model.identifier;

import java.util.Optional;
import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/**
 * 机构类别 — the entity category named by characters 1–2 of a unified social credit code
 * (GB 32100-2015, table 1, with the codes the civil-affairs and agriculture authorities
 * assign to villagers' and residents' committees and collective economic organisations).
 */
public enum EntityCategory implements Coded {
  /** 机关 — a state or party organ. */
  ORGAN("11", "机关", "機關"),
  /** 事业单位 — a public institution. */
  PUBLIC_INSTITUTION("12", "事业单位", "事業單位"),
  /** 中央编办直接管理机构编制的群众团体 — a mass organisation under the central establishment office. */
  MASS_ORGANIZATION("13", "群众团体", "群眾團體"),
  /** 其他 (机构编制) — other, registered by the establishment office. */
  ESTABLISHMENT_OTHER("19", "其他机构编制单位", "其他機構編制單位"),
  /** 社会团体 — a social association. */
  SOCIAL_ASSOCIATION("51", "社会团体", "社會團體"),
  /** 民办非企业单位 — a private non-enterprise unit. */
  PRIVATE_NON_ENTERPRISE("52", "民办非企业单位", "民辦非企業單位"),
  /** 基金会 — a foundation. */
  FOUNDATION("53", "基金会", "基金會"),
  /** 村民委员会 — a villagers' committee. */
  VILLAGERS_COMMITTEE("54", "村民委员会", "村民委員會"),
  /** 居民委员会 — a residents' committee. */
  RESIDENTS_COMMITTEE("55", "居民委员会", "居民委員會"),
  /** 其他 (民政) — other, registered by civil affairs. */
  CIVIL_AFFAIRS_OTHER("59", "其他民政登记单位", "其他民政登記單位"),
  /** 企业 — an enterprise. */
  ENTERPRISE("91", "企业", "企業"),
  /** 个体工商户 — an individual business. */
  INDIVIDUAL_BUSINESS("92", "个体工商户", "個體工商戶"),
  /** 农民专业合作社 — a farmers' cooperative. */
  FARMERS_COOPERATIVE("93", "农民专业合作社", "農民專業合作社"),
  /** 组级集体经济组织 — a group-level collective economic organisation. */
  GROUP_COLLECTIVE("N1", "组级集体经济组织", "組級集體經濟組織"),
  /** 村级集体经济组织 — a village-level collective economic organisation. */
  VILLAGE_COLLECTIVE("N2", "村级集体经济组织", "村級集體經濟組織"),
  /** 乡镇级集体经济组织 — a township-level collective economic organisation. */
  TOWNSHIP_COLLECTIVE("N3", "乡镇级集体经济组织", "鄉鎮級集體經濟組織"),
  /** 其他 — any other registration. */
  OTHER("Y1", "其他", "其他");

  private final String prefix;
  private final Labels labels;

  EntityCategory(String prefix, String simplified, String traditional) {
    this.prefix = prefix;
    this.labels = Labels.of(simplified, traditional);
  }

  /** {@return characters 1–2 of the credit code} */
  public String prefix() {
    return prefix;
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /**
   * {@return the category whose prefix is {@code prefix}, if the catalogue knows it}
   *
   * @param prefix characters 1–2 of a credit code
   */
  public static Optional<EntityCategory> ofPrefix(String prefix) {
    for (EntityCategory category : values()) {
      if (category.prefix.equals(prefix)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }
}
