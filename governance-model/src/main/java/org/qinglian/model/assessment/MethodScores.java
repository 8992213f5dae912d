package org.qinglian.model.assessment;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.qinglian.model.internal.ValueStyle;

/**
 * 三项得分 — a unit's scores under the three assessment methods. Wire: {@code
 * scores{routine, democratic, onSite}}.
 */
@Value.Immutable
@ValueStyle
public abstract class MethodScores {

  /** For the implementation Immutables generates, {@code ImmutableMethodScores}. */
  protected MethodScores() {}

  /** {@return score of 平时动态考核} */
  @PositiveOrZero
  @Digits(integer = 6, fraction = 2)
  public abstract BigDecimal getRoutine();

  /** {@return score of 群众民主测评} */
  @PositiveOrZero
  @Digits(integer = 6, fraction = 2)
  public abstract BigDecimal getDemocratic();

  /** {@return score of 实地调研督导} */
  @PositiveOrZero
  @Digits(integer = 6, fraction = 2)
  public abstract BigDecimal getOnSite();

  /**
   * {@return the weighted sum, rounded half-up to two decimals}
   *
   * @param weights the scheme's method weights
   */
  public BigDecimal weightedTotal(MethodWeights weights) {
    return getRoutine().multiply(weights.getRoutine())
        .add(getDemocratic().multiply(weights.getDemocratic()))
        .add(getOnSite().multiply(weights.getOnSite()))
        .setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * {@return scores from three decimal texts}
   *
   * @param routine the routine-supervision score, such as {@code "85.5"}
   * @param democratic the democratic-appraisal score
   * @param onSite the on-site-inspection score
   */
  public static MethodScores of(String routine, String democratic, String onSite) {
    return ImmutableMethodScores.builder()
        .routine(new BigDecimal(routine))
        .democratic(new BigDecimal(democratic))
        .onSite(new BigDecimal(onSite))
        .build();
  }
}
