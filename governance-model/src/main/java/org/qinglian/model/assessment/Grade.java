package org.qinglian.model.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
import org.qinglian.model.constraint.TextCharacters;
import org.qinglian.model.internal.ValueStyle;

/**
 * 考评等次 — one step of a scheme's grade scale: a code, a label and the lowest total that
 * reaches it. Scales are data, not an enumeration: 优秀/良好/一般/较差 by default,
 * 好/较好/一般/较差 for leadership teams, 优秀/称职/基本称职/不称职 for civil servants.
 * Wire: {@code grades[{code, label, minScore}]}.
 */
@Value.Immutable
@ValueStyle
public abstract class Grade {

  /** For the implementation Immutables generates, {@code ImmutableGrade}. */
  protected Grade() {}

  /** {@return the grade code, for example {@code EXCELLENT}} */
  @NotBlank
  @Size(max = 32)
  @TextCharacters
  public abstract String getCode();

  /** {@return the label, for example 优秀} */
  @NotBlank
  @Size(max = 32)
  @TextCharacters
  public abstract String getLabel();

  /** {@return the lowest total that reaches this grade} */
  @PositiveOrZero
  public abstract BigDecimal getMinScore();

  /**
   * {@return a grade}
   *
   * @param code the grade's code, such as {@code EXCELLENT}
   * @param label its label, such as 优秀
   * @param minScore the lowest total that reaches it, as decimal text
   */
  public static Grade of(String code, String label, String minScore) {
    return ImmutableGrade.builder().code(code).label(label).minScore(new BigDecimal(minScore)).build();
  }

  /** The code of the grade a vetoed unit receives on the default scale. */
  public static final String POOR = "POOR";

  /** {@return the default scale: EXCELLENT 优秀 ≥ 90, GOOD 良好 ≥ 80, FAIR 一般 ≥ 60, POOR 较差} */
  public static List<Grade> defaultScale() {
    return List.of(
        of("EXCELLENT", "优秀", "90"), of("GOOD", "良好", "80"), of("FAIR", "一般", "60"), of(POOR, "较差", "0"));
  }
}
