package org.qinglian.model.accountability;

import static org.qinglian.model.accountability.DisciplineForm.FIRST;
import static org.qinglian.model.accountability.DisciplineForm.FOURTH;
import static org.qinglian.model.accountability.DisciplineForm.SECOND;
import static org.qinglian.model.accountability.DisciplineForm.THIRD;
import static org.qinglian.model.accountability.MeasureKind.EDUCATION;
import static org.qinglian.model.accountability.MeasureKind.GOVERNMENT_SANCTION;
import static org.qinglian.model.accountability.MeasureKind.JUDICIAL_TRANSFER;
import static org.qinglian.model.accountability.MeasureKind.ORGANIZATIONAL_HANDLING;
import static org.qinglian.model.accountability.MeasureKind.ORGANIZATION_ACCOUNTABILITY;
import static org.qinglian.model.accountability.MeasureKind.PARTY_DISCIPLINE;

import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/**
 * 问责处理方式 — an accountability measure, with the forms of the “four forms” it may be
 * counted under, whether it is for a person or an organisation, and its fixed term.
 *
 * <p>Terms: 政务处分 after 《公职人员政务处分法》 art. 8 (警告 6, 记过 12, 记大过 18, 降级 and
 * 撤职 24 months; 开除 has none); party sanctions after 《中国共产党纪律处分条例》 (2023)
 * arts. 10–12 (警告 12 and 严重警告 18 months in which the member may not be promoted;
 * 撤销党内职务 24 months). 留党察看 lasts one or two years by decision, so it has no fixed
 * term here; 开除党籍 and 开除公职 are permanent.
 */
public enum AccountabilityMeasure implements Coded {
  /** 谈话提醒 (提醒谈话). */
  REMINDER_TALK(Labels.of("谈话提醒", "談話提醒", "提醒谈话", "提醒談話"), EDUCATION, 0, FIRST),
  /** 批评教育. */
  CRITICISM_EDUCATION(Labels.of("批评教育", "批評教育"), EDUCATION, 0, FIRST),
  /** 责令检查 / 书面检查. */
  WRITTEN_SELF_EXAMINATION(Labels.of("书面检查", "書面檢查", "责令检查", "責令檢查"), EDUCATION, 0, FIRST),
  /** 通报批评. */
  CIRCULATED_CRITICISM(Labels.of("通报批评", "通報批評"), EDUCATION, 0, FIRST),
  /** 诫勉 (诫勉谈话). */
  ADMONITION(Labels.of("诫勉", "誡勉", "诫勉谈话", "誡勉談話"), EDUCATION, 0, FIRST),
  /** 约谈函询. */
  INQUIRY(Labels.of("约谈函询", "約談函詢", "函询", "函詢"), EDUCATION, 0, FIRST),

  /** 党内警告 (12 months). */
  PARTY_WARNING(Labels.of("党内警告", "黨內警告"), PARTY_DISCIPLINE, 12, SECOND),
  /** 党内严重警告 (18 months). */
  PARTY_SERIOUS_WARNING(Labels.of("党内严重警告", "黨內嚴重警告", "严重警告", "嚴重警告"), PARTY_DISCIPLINE, 18, SECOND),
  /** 停职检查. */
  SUSPENSION_FOR_REVIEW(Labels.of("停职检查", "停職檢查"), ORGANIZATIONAL_HANDLING, 0, SECOND),
  /** 调整职务. */
  POST_ADJUSTMENT(Labels.of("调整职务", "調整職務"), ORGANIZATIONAL_HANDLING, 0, SECOND),
  /** 责令辞职. */
  ORDERED_RESIGNATION(Labels.of("责令辞职", "責令辭職"), ORGANIZATIONAL_HANDLING, 0, SECOND),
  /** 免职. */
  REMOVAL_FROM_POST(Labels.of("免职", "免職"), ORGANIZATIONAL_HANDLING, 0, SECOND),
  /** 政务警告 (6 months). */
  GOV_WARNING(Labels.of("政务警告", "政務警告"), GOVERNMENT_SANCTION, 6, SECOND),
  /** 记过 (12 months). */
  GOV_DEMERIT(Labels.of("记过", "記過"), GOVERNMENT_SANCTION, 12, SECOND),
  /** 记大过 (18 months). */
  GOV_MAJOR_DEMERIT(Labels.of("记大过", "記大過"), GOVERNMENT_SANCTION, 18, SECOND),

  /** 撤销党内职务 (24 months). */
  PARTY_POST_REVOCATION(Labels.of("撤销党内职务", "撤銷黨內職務"), PARTY_DISCIPLINE, 24, THIRD),
  /** 留党察看 (one or two years, by decision). */
  PARTY_PROBATION(Labels.of("留党察看", "留黨察看"), PARTY_DISCIPLINE, 0, THIRD),
  /** 降职. */
  DEMOTION(Labels.of("降职", "降職"), ORGANIZATIONAL_HANDLING, 0, THIRD),
  /** 降级 (24 months). */
  GOV_DOWNGRADE(Labels.of("降级", "降級"), GOVERNMENT_SANCTION, 24, THIRD),
  /** 撤职 (24 months). */
  GOV_DISMISSAL(Labels.of("撤职", "撤職"), GOVERNMENT_SANCTION, 24, THIRD),

  /** 开除党籍 (third or fourth form). */
  PARTY_EXPULSION(Labels.of("开除党籍", "開除黨籍"), PARTY_DISCIPLINE, 0, THIRD, FOURTH),
  /** 开除公职 (third or fourth form). */
  GOV_EXPULSION(Labels.of("开除公职", "開除公職"), GOVERNMENT_SANCTION, 0, THIRD, FOURTH),
  /** 移送检察机关 (审查起诉). */
  TRANSFER_FOR_PROSECUTION(Labels.of("移送检察机关", "移送檢察機關", "移送审查起诉", "移送審查起訴"), JUDICIAL_TRANSFER, 0, FOURTH),

  /** 检查 — an organisation ordered to examine itself in writing (问责条例 art. 8). */
  ORG_INSPECTION(Labels.of("组织检查", "組織檢查", "检查", "檢查"), ORGANIZATION_ACCOUNTABILITY, 0),
  /** 通报 — an organisation circulated (问责条例 art. 8). */
  ORG_CIRCULATION(Labels.of("通报", "通報"), ORGANIZATION_ACCOUNTABILITY, 0),
  /** 改组 — an organisation reorganised (问责条例 art. 8). */
  ORG_REORGANIZATION(Labels.of("改组", "改組"), ORGANIZATION_ACCOUNTABILITY, 0);

  private final Labels labels;
  private final MeasureKind kind;
  private final Optional<Period> term;
  private final Set<DisciplineForm> forms;

  AccountabilityMeasure(Labels labels, MeasureKind kind, int termMonths, DisciplineForm... forms) {
    this.labels = labels;
    this.kind = kind;
    this.term = termMonths == 0 ? Optional.empty() : Optional.of(Period.ofMonths(termMonths));
    EnumSet<DisciplineForm> set = EnumSet.noneOf(DisciplineForm.class);
    Collections.addAll(set, forms);
    this.forms = Collections.unmodifiableSet(set);
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /** {@return the family of the measure} */
  public MeasureKind kind() {
    return kind;
  }

  /** {@return whether the measure is for a person or for an organisation} */
  public SubjectType subjectType() {
    return kind == ORGANIZATION_ACCOUNTABILITY ? SubjectType.ORGANIZATION : SubjectType.PERSON;
  }

  /** {@return the forms this measure may be counted under; empty for organisational measures} */
  public Set<DisciplineForm> allowedForms() {
    return forms;
  }

  /**
   * {@return whether {@code form} is one this measure may be counted under}
   *
   * @param form a form of the four forms of supervision and discipline
   */
  public boolean allows(DisciplineForm form) {
    return forms.contains(form);
  }

  /** {@return the fixed term of the sanction, when the law fixes one} */
  public Optional<Period> term() {
    return term;
  }
}
