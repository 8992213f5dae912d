package org.qinglian.model.finding;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qinglian.model.constraint.HasText;
import org.qinglian.model.constraint.TextCharacters;
import org.qinglian.model.internal.ValueStyle;

/**
 * 整改 — the rectification of a finding: its status, deadline (整改时限), completion date
 * and the measures taken. Wire: {@code rectification{status, deadline, completedDate,
 * measures}}.
 */
@Value.Immutable
@ValueStyle
public abstract class Rectification {

  /** For the implementation Immutables generates, {@code ImmutableRectification}. */
  protected Rectification() {}

  /** {@return where the rectification stands} */
  public abstract RectificationStatus getStatus();

  /** {@return the deadline set for it} */
  public abstract Optional<LocalDate> getDeadline();

  /** {@return when it was completed; present for rectified and verified findings} */
  public abstract Optional<LocalDate> getCompletedDate();

  /** {@return the measures taken (整改措施)} */
  public abstract Optional<@HasText @TextCharacters @Size(max = 2000) String> getMeasures();

  /** {@return a new builder} */
  public static ImmutableRectification.Builder builder() {
    return ImmutableRectification.builder();
  }
}
