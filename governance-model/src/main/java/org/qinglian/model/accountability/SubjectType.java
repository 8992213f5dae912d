package org.qinglian.model.accountability;


import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/** 问责对象类型 — a person or an organisation (问责条例 art. 6). */
public enum SubjectType implements Coded {
  /** 个人 — a party member or public official. */
  PERSON(Labels.of("个人", "個人", "人员", "人員")),
  /** 组织 — a party organisation or an organ (问责条例 art. 8). */
  ORGANIZATION(Labels.of("组织", "組織", "单位", "單位"));

  private final Labels labels;

  SubjectType(Labels labels) {
    this.labels = labels;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
