package org.qinglian.model.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.constraint.RecordId;
import org.qinglian.model.constraint.ValidIdentifier;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.internal.ValueStyle;
import org.qinglian.model.time.YearPeriod;

/**
 * 指标观测 — one observed value of a {@linkplain Metric service indicator} for a unit or a
 * division over a period.
 *
 * <p>Wire name {@code indicators}; fields {@code id, unitId, divisionCode, period{…},
 * metric, value}. Exactly one of unit and division gives the scope.
 */
@Value.Immutable
@ValueStyle
public abstract class Indicator implements GovernanceRecord {

  /** For the implementation Immutables generates, {@code ImmutableIndicator}. */
  protected Indicator() {}

  @Override
  @RecordId
  public abstract String getId();

  /** {@return the unit observed, when the scope is a unit} */
  public abstract Optional<@RecordId String> getUnitId();

  /** {@return the division observed, when the scope is a division} */
  public abstract Optional<@ValidIdentifier DivisionCode> getDivisionCode();

  /** {@return the period observed} */
  @Valid
  public abstract YearPeriod getPeriod();

  /** {@return the metric} */
  public abstract Metric getMetric();

  /** {@return the value, in the metric's unit of measure} */
  @Digits(integer = 12, fraction = 4)
  public abstract BigDecimal getValue();

  @Override
  public final RecordType recordType() {
    return RecordType.INDICATOR;
  }

  /** {@return a new builder} */
  public static ImmutableIndicator.Builder builder() {
    return ImmutableIndicator.builder();
  }
}
