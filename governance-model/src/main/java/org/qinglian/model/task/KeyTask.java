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
import org.qinglian.model.constraint.TextCharacters;
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

  /** For the implementation Immutables generates, {@code ImmutableKeyTask}. */
  protected KeyTask() {}

  @Override
  @RecordId
  public abstract String getId();

  /** {@return what is to be done} */
  @NotBlank
  @Size(max = 500)
  @TextCharacters
  public abstract String getTitle();

  /**
   * Task-list item or key project.
   *
   * @return whether it is a task-list item or a key project
   */
  public abstract TaskKind getKind();

  /** {@return the work year} */
  @Min(2000)
  @Max(2100)
  public abstract int getYear();

  /** {@return the division whose list the task is on} */
  @ValidIdentifier
  public abstract DivisionCode getJurisdiction();

  /** {@return the clean-unit line the task serves, if one} */
  public abstract Optional<UnitCategory> getCategory();

  /** {@return the lead unit (牵头单位)} */
  @RecordId
  public abstract String getLeadUnitId();

  /** {@return the supporting units (配合单位)} */
  public abstract List<@RecordId String> getSupportingUnitIds();

  /** {@return the document that set the task, for example 《关于推进清廉武汉建设的实施意见》} */
  public abstract Optional<@HasText @TextCharacters @Size(max = 500) String> getSource();

  /** {@return when work starts} */
  public abstract LocalDate getStartDate();

  /** {@return when the task is due} */
  public abstract LocalDate getDueDate();

  /** {@return the tracking status} */
  public abstract TaskStatus getStatus();

  /** {@return when the task was completed; present exactly when the status is completed} */
  public abstract Optional<LocalDate> getCompletedDate();

  /**
   * Progress in percent, 0–100.
   *
   * @return the progress in percent, 0–100, when reported
   */
  @Min(0)
  @Max(100)
  public abstract OptionalInt getProgress();

  /** {@return whether the task is under supervision (督办)} */
  @Value.Default
  public boolean isSupervised() {
    return false;
  }

  @Override
  public final RecordType recordType() {
    return RecordType.TASK;
  }

  /** {@return a new builder} */
  public static ImmutableKeyTask.Builder builder() {
    return ImmutableKeyTask.builder();
  }
}
