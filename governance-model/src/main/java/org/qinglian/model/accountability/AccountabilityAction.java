package org.qinglian.model.accountability;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.constraint.Cny;
import org.qinglian.model.constraint.RecordId;
import org.qinglian.model.internal.ValueStyle;

/**
 * 问责处理 — an accountability action against a person or an organisation, graded by the
 * “four forms” (监督执纪“四种形态”) and taken by a deciding body (《中国共产党问责条例》,
 * 《公职人员政务处分法》). Wuhan handled 525 persons in 2022 (人民网湖北频道).
 *
 * <p>Wire name {@code actions}; fields {@code id, findingId, inspectionId, subject{…},
 * form, measure, decisionDate, decidingUnitId, amountRecovered}. The form is given for
 * persons; organisational measures (检查, 通报, 改组) have none.
 */
@Value.Immutable
@ValueStyle
public abstract class AccountabilityAction implements GovernanceRecord {

  /** For the implementation Immutables generates, {@code ImmutableAccountabilityAction}. */
  protected AccountabilityAction() {}

  @Override
  @RecordId
  public abstract String getId();

  /** {@return the finding that led to the action} */
  public abstract Optional<@RecordId String> getFindingId();

  /** {@return the inspection that led to the action} */
  public abstract Optional<@RecordId String> getInspectionId();

  /** {@return who is held to account} */
  @Valid
  public abstract Subject getSubject();

  /** {@return the form of the four it counts under; for persons} */
  public abstract Optional<DisciplineForm> getForm();

  /** {@return the measure taken} */
  public abstract AccountabilityMeasure getMeasure();

  /** {@return the date of the decision} */
  public abstract LocalDate getDecisionDate();

  /** {@return the deciding body, a unit} */
  @RecordId
  public abstract String getDecidingUnitId();

  /** {@return money recovered (追缴) in the action, in yuan} */
  public abstract Optional<@Cny BigDecimal> getAmountRecovered();

  /**
   * The last day of the sanction's term (影响期), derived from the decision date and the
   * measure's {@linkplain AccountabilityMeasure#term() fixed term}; empty when the measure
   * has none.
   *
   * @return the last day of the sanction's term, if the measure has a term
   */
  public Optional<LocalDate> termEnd() {
    return getMeasure().term().map(term -> getDecisionDate().plus(term).minusDays(1));
  }

  @Override
  public final RecordType recordType() {
    return RecordType.ACTION;
  }

  /** {@return a new builder} */
  public static ImmutableAccountabilityAction.Builder builder() {
    return ImmutableAccountabilityAction.builder();
  }
}
