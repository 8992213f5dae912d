package org.qinglian.model.unit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;
import org.qinglian.model.internal.ValueStyle;

/** 示范点 — a unit's standing as a clean-governance demonstration site (清廉建设示范点). */
@Value.Immutable
@ValueStyle
public abstract class Demonstration {

  /** For the implementation Immutables generates, {@code ImmutableDemonstration}. */
  protected Demonstration() {}

  /** {@return who named (or is cultivating) the site} */
  public abstract DemonstrationLevel getLevel();

  /**
   * 培育, 命名 or 撤销.
   *
   * @return the status: 培育, 命名 or 撤销
   */
  public abstract DemonstrationStatus getStatus();

  /** {@return the year of the status} */
  @Min(2000)
  @Max(2100)
  public abstract int getYear();

  /** {@return a new builder} */
  public static ImmutableDemonstration.Builder builder() {
    return ImmutableDemonstration.builder();
  }
}
