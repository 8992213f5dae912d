package org.qinglian.model.accountability;


import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/** “四种形态” — the four forms of supervision and discipline (《中国共产党纪律处分条例》 art. 5; 《监督执纪工作规则》). */
public enum DisciplineForm implements Coded {
  /** 第一种形态 — criticism and education, talks, written self-examination, circulated criticism, admonition. */
  FIRST(Labels.of("第一种形态", "第一種形態", "第一种", "第一種")),
  /** 第二种形态 — light sanctions and minor organisational adjustments. */
  SECOND(Labels.of("第二种形态", "第二種形態", "第二种", "第二種")),
  /** 第三种形态 — heavy sanctions and major post adjustments. */
  THIRD(Labels.of("第三种形态", "第三種形態", "第三种", "第三種")),
  /** 第四种形态 — serious violations: expulsion, transfer for prosecution. */
  FOURTH(Labels.of("第四种形态", "第四種形態", "第四种", "第四種"));

  private final Labels labels;

  DisciplineForm(Labels labels) {
    this.labels = labels;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
