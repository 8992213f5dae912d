package org.qinglian.model.dataset;

import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.constraint.Cny;
import org.qinglian.model.internal.ValueStyle;

/**
 * 汇总 — the totals a producer declares for a dataset, as published in its reports
 * (Wuhan 2022: 4,637 inspections, 582 problems rectified, 525 persons handled). The
 * validator reconciles each declared figure with the detail records
 * ({@code TOTALS_MISMATCH}); a figure left out is not checked.
 *
 * <p>Wire: {@code declaredTotals{inspections, findings, findingsRectified, personsHandled,
 * personsHandledByForm{FIRST, SECOND, THIRD, FOURTH}, moneyRecovered}}.
 */
@Value.Immutable
@ValueStyle
public abstract class DeclaredTotals {

  /** For the implementation Immutables generates, {@code ImmutableDeclaredTotals}. */
  protected DeclaredTotals() {}

  /** {@return number of inspections} */
  @Min(0)
  public abstract OptionalLong getInspections();

  /** {@return number of findings (发现问题)} */
  @Min(0)
  public abstract OptionalLong getFindings();

  /** {@return number of findings rectified or verified (整改问题)} */
  @Min(0)
  public abstract OptionalLong getFindingsRectified();

  /** {@return number of distinct persons handled (处理人员)} */
  @Min(0)
  public abstract OptionalLong getPersonsHandled();

  /**
   * Distinct persons handled under each form.
   *
   * @return the distinct persons handled under each form
   */
  public abstract Map<DisciplineForm, @Min(0) Long> getPersonsHandledByForm();

  /** {@return money recovered or returned, in yuan} */
  public abstract Optional<@Cny BigDecimal> getMoneyRecovered();

  /**
   * {@return fields the format does not define, kept as read (see {@link
   * org.qinglian.model.GovernanceRecord#getExtensions()})}
   */
  public abstract java.util.Map<String, String> getExtensions();

  /** {@return a new builder} */
  public static ImmutableDeclaredTotals.Builder builder() {
    return ImmutableDeclaredTotals.builder();
  }
}
