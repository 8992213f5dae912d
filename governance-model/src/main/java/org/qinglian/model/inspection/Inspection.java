package org.qinglian.model.inspection;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.qinglian.model.constraint.HasText;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.constraint.RecordId;
import org.qinglian.model.constraint.TextCharacters;
import org.qinglian.model.internal.ValueStyle;

/**
 * 监督检查 — a supervision inspection (日常监督, 巡察, 专项检查, 调研督导, 回头看 …) run by a
 * discipline-inspection body (纪委监委, 派驻纪检监察组, 督导组) over one or more target units.
 * Wuhan reported 4,637 in 2022 (人民网湖北频道).
 *
 * <p>Wire name {@code inspections}; fields {@code id, kind, methods[], inspectorUnitId,
 * targetUnitIds[], taskIds[], startDate, endDate, topic, riskArea}.
 */
@Value.Immutable
@ValueStyle
public abstract class Inspection implements GovernanceRecord {

  /** For the implementation Immutables generates, {@code ImmutableInspection}. */
  protected Inspection() {}

  @Override
  @RecordId
  public abstract String getId();

  /** {@return the kind of inspection} */
  public abstract InspectionKind getKind();

  /** {@return the methods used, in the order given} */
  public abstract Set<InspectionMethod> getMethods();

  /** {@return the inspecting body, a unit} */
  @RecordId
  public abstract String getInspectorUnitId();

  /** {@return the units inspected; at least one} */
  @NotEmpty
  public abstract List<@RecordId String> getTargetUnitIds();

  /** {@return the key tasks whose progress was checked} */
  public abstract List<@RecordId String> getTaskIds();

  /** {@return the first day} */
  public abstract LocalDate getStartDate();

  /** {@return the last day} */
  public abstract LocalDate getEndDate();

  /** {@return the topic, for example 小微权力清单落实情况} */
  public abstract Optional<@HasText @TextCharacters @Size(max = 500) String> getTopic();

  /** {@return the risk area the inspection looked at} */
  public abstract Optional<RiskArea> getRiskArea();

  @Override
  public final RecordType recordType() {
    return RecordType.INSPECTION;
  }

  /** {@return a new builder} */
  public static ImmutableInspection.Builder builder() {
    return ImmutableInspection.builder();
  }
}
