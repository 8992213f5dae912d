package org.qinglian.model.finding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.constraint.Cny;
import org.qinglian.model.constraint.RecordId;
import org.qinglian.model.constraint.TextCharacters;
import org.qinglian.model.inspection.RiskArea;
import org.qinglian.model.internal.ValueStyle;

/**
 * 发现问题 — a problem an inspection found in a unit, with the money involved and
 * recovered (追缴/退赔) and its {@linkplain Rectification rectification} (整改). Zhejiang's
 * village check found 1,498 (中央纪委国家监委网站, 2021).
 *
 * <p>Wire name {@code findings}; fields {@code id, inspectionId, unitId, description,
 * riskArea, foundDate, amountInvolved, amountRecovered, rectification{…}, followUps[…]}.
 */
@Value.Immutable
@ValueStyle
public abstract class Finding implements GovernanceRecord {

  /** For the implementation Immutables generates, {@code ImmutableFinding}. */
  protected Finding() {}

  @Override
  @RecordId
  public abstract String getId();

  /** {@return the inspection that found it} */
  @RecordId
  public abstract String getInspectionId();

  /** {@return the unit at fault} */
  @RecordId
  public abstract String getUnitId();

  /** {@return what was found} */
  @NotBlank
  @Size(max = 2000)
  @TextCharacters
  public abstract String getDescription();

  /** {@return the risk area} */
  public abstract RiskArea getRiskArea();

  /** {@return when it was found} */
  public abstract LocalDate getFoundDate();

  /** {@return money involved, in yuan} */
  public abstract Optional<@Cny BigDecimal> getAmountInvolved();

  /** {@return money recovered or returned, in yuan} */
  public abstract Optional<@Cny BigDecimal> getAmountRecovered();

  /** {@return the rectification} */
  @Valid
  public abstract Rectification getRectification();

  /**
   * Documents issued to follow it up.
   *
   * @return the documents issued to follow it up, in order
   */
  public abstract List<@Valid FollowUp> getFollowUps();

  @Override
  public final RecordType recordType() {
    return RecordType.FINDING;
  }

  /** {@return a new builder} */
  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }
}
