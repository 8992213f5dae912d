package org.qinglian.model.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.qinglian.model.constraint.HasText;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.constraint.RecordId;
import org.qinglian.model.constraint.TextCharacters;
import org.qinglian.model.internal.ValueStyle;
import org.qinglian.model.time.YearPeriod;

/**
 * 考评结果 — a unit's assessment for a period under a scheme: the three method scores, the
 * total (their weighted sum, ± 0.01), the grade the total reaches, and the one-vote veto
 * (一票否决) that makes it the lowest grade.
 *
 * <p>Wire name {@code assessments}; fields {@code id, schemeId, unitId, period{…},
 * scores{…}, total, grade, vetoed, vetoReason, assessorUnitId}.
 */
@Value.Immutable
@ValueStyle
public abstract class AssessmentRecord implements GovernanceRecord {

  /** For the implementation Immutables generates, {@code ImmutableAssessmentRecord}. */
  protected AssessmentRecord() {}

  @Override
  @RecordId
  public abstract String getId();

  /** {@return the scheme applied} */
  @RecordId
  public abstract String getSchemeId();

  /** {@return the unit assessed} */
  @RecordId
  public abstract String getUnitId();

  /** {@return the period assessed} */
  @Valid
  public abstract YearPeriod getPeriod();

  /** {@return the three method scores} */
  @Valid
  public abstract MethodScores getScores();

  /** {@return the total} */
  @PositiveOrZero
  @Digits(integer = 6, fraction = 2)
  public abstract BigDecimal getTotal();

  /** {@return the grade code, one of the scheme's scale} */
  @NotBlank
  @Size(max = 32)
  @TextCharacters
  public abstract String getGrade();

  /** {@return whether the one-vote veto (一票否决) applies} */
  @Value.Default
  public boolean isVetoed() {
    return false;
  }

  /** {@return why the veto applies} */
  public abstract Optional<@HasText @TextCharacters @Size(max = 500) String> getVetoReason();

  /** {@return the assessing body, a unit} */
  @RecordId
  public abstract String getAssessorUnitId();

  @Override
  public final RecordType recordType() {
    return RecordType.ASSESSMENT;
  }

  /** {@return a new builder} */
  public static ImmutableAssessmentRecord.Builder builder() {
    return ImmutableAssessmentRecord.builder();
  }
}
