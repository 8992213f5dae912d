package org.qinglian.model.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.constraint.RecordId;
import org.qinglian.model.constraint.TextCharacters;
import org.qinglian.model.internal.ValueStyle;

/**
 * 考评细则 — an assessment scheme: a year's rules that blend 平时动态考核, 群众民主测评 and
 * 实地调研督导 (“三位一体”) into a total and map it onto a grade scale, with a one-vote veto
 * (一票否决).
 *
 * <p>Wire name {@code assessmentSchemes}; fields {@code id, year, title, weights{…},
 * maxScore, grades[…]}.
 */
@Value.Immutable
@ValueStyle
public abstract class AssessmentScheme implements GovernanceRecord {

  /** For the implementation Immutables generates, {@code ImmutableAssessmentScheme}. */
  protected AssessmentScheme() {}

  @Override
  @RecordId
  public abstract String getId();

  /** {@return the year the scheme applies to} */
  @Min(2000)
  @Max(2100)
  public abstract int getYear();

  /** {@return the title, for example 2022年度清廉单元建设考评细则} */
  @NotBlank
  @Size(max = 500)
  @TextCharacters
  public abstract String getTitle();

  /** {@return the weights of the three methods} */
  @Valid
  public abstract MethodWeights getWeights();

  /** {@return the highest possible total, usually 100} */
  @Positive
  public abstract BigDecimal getMaxScore();

  /** {@return the grade scale, in any order} */
  @NotEmpty
  public abstract List<@Valid Grade> getGrades();

  /**
   * {@return the grade a total reaches: the one with the highest threshold not above it}
   *
   * @param total an assessment's total score
   */
  public Optional<Grade> gradeFor(BigDecimal total) {
    // Loops, not streams: validating a small file otherwise links their lambdas on first use.
    Grade reached = null;
    for (Grade grade : getGrades()) {
      if (grade.getMinScore().compareTo(total) <= 0
          && (reached == null || grade.getMinScore().compareTo(reached.getMinScore()) > 0)) {
        reached = grade;
      }
    }
    return Optional.ofNullable(reached);
  }

  /** {@return the lowest grade of the scale, which a vetoed unit receives} */
  public Optional<Grade> lowestGrade() {
    Grade lowest = null;
    for (Grade grade : getGrades()) {
      if (lowest == null || grade.getMinScore().compareTo(lowest.getMinScore()) < 0) {
        lowest = grade;
      }
    }
    return Optional.ofNullable(lowest);
  }

  @Override
  public final RecordType recordType() {
    return RecordType.ASSESSMENT_SCHEME;
  }

  /** {@return a new builder} */
  public static ImmutableAssessmentScheme.Builder builder() {
    return ImmutableAssessmentScheme.builder();
  }
}
