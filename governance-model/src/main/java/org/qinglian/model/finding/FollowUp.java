package org.qinglian.model.finding;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.qinglian.model.internal.ValueStyle;

/**
 * 后续文书 — a document issued to follow a finding up (纪检监察建议书, 提示提醒函,
 * 整改通知书). Wire: {@code followUps[{type, issuedDate}]}.
 */
@Value.Immutable
@ValueStyle
public abstract class FollowUp {

  /** For the implementation Immutables generates, {@code ImmutableFollowUp}. */
  protected FollowUp() {}

  /** {@return the kind of document} */
  public abstract FollowUpType getType();

  /** {@return when it was issued} */
  public abstract LocalDate getIssuedDate();

  /** {@return a new builder} */
  public static ImmutableFollowUp.Builder builder() {
    return ImmutableFollowUp.builder();
  }
}
