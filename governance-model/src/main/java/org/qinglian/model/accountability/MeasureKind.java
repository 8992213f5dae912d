package org.qinglian.model.accountability;

import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/** 处理方式类别 — the family an accountability measure belongs to. */
public enum MeasureKind implements Coded {
  /** 批评教育类 — talks, criticism, self-examination, admonition (first form). */
  EDUCATION(Labels.of("批评教育", "批評教育")),
  /** 党纪处分 — party discipline (《中国共产党纪律处分条例》 art. 8). */
  PARTY_DISCIPLINE(Labels.of("党纪处分", "黨紀處分")),
  /** 政务处分 — government sanctions (《公职人员政务处分法》 art. 7). */
  GOVERNMENT_SANCTION(Labels.of("政务处分", "政務處分")),
  /** 组织处理 — organisational handling of a person (停职检查, 调整职务, 免职 …). */
  ORGANIZATIONAL_HANDLING(Labels.of("组织处理", "組織處理")),
  /** 移送司法 — transfer to the procuratorate. */
  JUDICIAL_TRANSFER(Labels.of("移送司法", "移送司法")),
  /** 对党组织问责 — accountability of an organisation (《中国共产党问责条例》 art. 8). */
  ORGANIZATION_ACCOUNTABILITY(Labels.of("组织问责", "組織問責"));

  private final Labels labels;

  MeasureKind(Labels labels) {
    this.labels = labels;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
