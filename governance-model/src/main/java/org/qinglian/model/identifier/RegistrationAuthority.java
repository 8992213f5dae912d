package org.qinglian.model.identifier;

import java.util.Optional;
import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/**
 * 登记管理部门 — the registration authority named by character 1 of a unified social
 * credit code (GB 32100-2015, table 1).
 */
public enum RegistrationAuthority implements Coded {
  /** 机构编制 — establishment administration (organs, public institutions). */
  ESTABLISHMENT('1', "机构编制", "機構編制"),
  /** 外交 — foreign affairs. */
  FOREIGN_AFFAIRS('2', "外交", "外交"),
  /** 司法行政 — judicial administration. */
  JUSTICE('3', "司法行政", "司法行政"),
  /** 文化 — culture. */
  CULTURE('4', "文化", "文化"),
  /** 民政 — civil affairs (social organisations, villagers' and residents' committees). */
  CIVIL_AFFAIRS('5', "民政", "民政"),
  /** 旅游 — tourism. */
  TOURISM('6', "旅游", "旅遊"),
  /** 宗教 — religious affairs. */
  RELIGION('7', "宗教", "宗教"),
  /** 工会 — trade unions. */
  TRADE_UNION('8', "工会", "工會"),
  /** 市场监管 (原工商) — market regulation (enterprises, individual businesses, cooperatives). */
  MARKET_REGULATION('9', "市场监管", "市場監管"),
  /** 中央军委改革和编制办公室 — the military establishment office. */
  MILITARY('A', "中央军委改革和编制办公室", "中央軍委改革和編制辦公室"),
  /** 农业 — agriculture (rural collective economic organisations). */
  AGRICULTURE('N', "农业", "農業"),
  /** 其他 — other authorities. */
  OTHER('Y', "其他", "其他");

  private final char character;
  private final Labels labels;

  RegistrationAuthority(char character, String simplified, String traditional) {
    this.character = character;
    this.labels = Labels.of(simplified, traditional);
  }

  /**
   * Character 1 of the credit code.
   *
   * @return character 1 of the credit code
   */
  public char character() {
    return character;
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /**
   * {@return the authority for character {@code c}, if the standard names one}
   *
   * @param c character 1 of a credit code
   */
  public static Optional<RegistrationAuthority> of(char c) {
    for (RegistrationAuthority authority : values()) {
      if (authority.character == c) {
        return Optional.of(authority);
      }
    }
    return Optional.empty();
  }
}
