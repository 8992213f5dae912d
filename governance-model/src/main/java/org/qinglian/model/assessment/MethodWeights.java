package org.qinglian.model.assessment;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.qinglian.model.internal.ValueStyle;

/**
 * 三位一体权重 — the weights of the three assessment methods: 平时动态考核 (routine),
 * 群众民主测评 (democratic) and 实地调研督导 (on site). They should sum to 1; the validator
 * checks that ({@code SCHEME_WEIGHTS_SUM}). Wire: {@code weights{routine, democratic,
 * onSite}}.
 */
@Value.Immutable
@ValueStyle
public abstract class MethodWeights {

  /** For the implementation Immutables generates, {@code ImmutableMethodWeights}. */
  protected MethodWeights() {}

  /** {@return weight of 平时动态考核} */
  @PositiveOrZero
  @Max(1)
  @Digits(integer = 1, fraction = 4)
  public abstract BigDecimal getRoutine();

  /** {@return weight of 群众民主测评} */
  @PositiveOrZero
  @Max(1)
  @Digits(integer = 1, fraction = 4)
  public abstract BigDecimal getDemocratic();

  /** {@return weight of 实地调研督导} */
  @PositiveOrZero
  @Max(1)
  @Digits(integer = 1, fraction = 4)
  public abstract BigDecimal getOnSite();

  /** {@return the sum of the three weights} */
  public BigDecimal sum() {
    return getRoutine().add(getDemocratic()).add(getOnSite());
  }

  /**
   * {@return weights from three decimal texts, for example {@code of("0.5", "0.2", "0.3")}}
   *
   * @param routine the routine-supervision weight, such as {@code "0.5"}
   * @param democratic the democratic-appraisal weight
   * @param onSite the on-site-inspection weight
   */
  public static MethodWeights of(String routine, String democratic, String onSite) {
    return ImmutableMethodWeights.builder()
        .routine(new BigDecimal(routine))
        .democratic(new BigDecimal(democratic))
        .onSite(new BigDecimal(onSite))
        .build();
  }
}
