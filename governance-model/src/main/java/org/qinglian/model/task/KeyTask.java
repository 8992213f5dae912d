package org.qinglian.model.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.qinglian.model.constraint.HasText;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.constraint.RecordId;
import org.qinglian.model.constraint.ValidIdentifier;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.internal.ValueStyle;
import org.qinglian.model.unit.UnitCategory;

/**
 * 重点任务 — a key task (任务清单) or key project (重点项目) of a year's clean-governance
 * work, led by one unit, tracked and pushed (跟踪督办). Xianyang's list grew from 163 to
 * 234 tasks (as the report on 清廉咸阳建设 says).
 *
 * <p>Wire name {@code tasks}; fields {@code id, title, kind, year, jurisdiction, category,
 * leadUnitId, supportingUnitIds[], source, startDate, dueDate, status, completedDate,
 * progress, supervised}.
 */
@Value.Immutable
@ValueStyle
public abstract class KeyTask implements GovernanceRecord {

  @Override
  @RecordId
  public abstract String getId();

  /** What is to be done. */
  @NotBlank
  @Size(max = 500)
  public abstract String getTitle();

  /** Task-list item or key project. */
  public abstract TaskKind getKind();

  /** The work year. */
  @Min(2000)
  @Max(2100)
  public abstract int getYear();

  /** The division whose list the task is on. */
  @ValidIdentifier
  public abstract DivisionCode getJurisdiction();

  /** The clean-unit line the task serves, if one. */
  public abstract Optional<UnitCategory> getCategory();

  /** The lead unit (牵头单位). */
  @RecordId
  public abstract String getLeadUnitId();

  /** The supporting units (配合单位). */
  public abstract List<@RecordId String> getSupportingUnitIds();

  /** The document that set the task, for example 《关于推进清廉武汉建设的实施意见》. */
  public abstract Optional<@HasText @Size(max = 500) String> getSource();

  /** When work starts. */
  public abstract LocalDate getStartDate();

  /** When the task is due. */
  public abstract LocalDate getDueDate();

  /** The tracking status. */
  public abstract TaskStatus getStatus();

  /** When the task was completed; present exactly when the status is completed. */
  public abstract Optional<LocalDate> getCompletedDate();

  /** Progress in percent, 0–100. */
  @Min(0)
  @Max(100)
  public abstract OptionalInt getProgress();

  /** Whether the task is under supervision (督办). */
  @Value.Default
  public boolean isSupervised() {
    return false;
  }

  @Override
  public final RecordType recordType() {
    return RecordType.TASK;
  }

  /** A new builder. */
  public static ImmutableKeyTask.Builder builder() {
    return ImmutableKeyTask.builder();
  }
}
