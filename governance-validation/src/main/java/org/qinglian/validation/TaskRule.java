package org.qinglian.validation;

import org.qinglian.model.RecordType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.task.TaskStatus;

/**
 * {@code TASK_STATUS_INCONSISTENT} (COMPLETED ⇔ completion date and progress 100) and
 * {@code TASK_OVERDUE} (unfinished past the due date at {@code asOf}).
 */
final class TaskRule implements TypedRule {

  static final RuleDescriptor TASK_STATUS_INCONSISTENT = RuleDescriptor.builtIn("TASK_STATUS_INCONSISTENT", Severity.ERROR);
  static final RuleDescriptor TASK_OVERDUE = RuleDescriptor.builtIn("TASK_OVERDUE", Severity.WARNING);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(TASK_STATUS_INCONSISTENT, TASK_OVERDUE);
  }

  @Override
  public java.util.Set<RecordType> recordTypes() {
    return java.util.EnumSet.of(RecordType.TASK);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (!(record instanceof KeyTask task)) {
          return;
        }
        TaskStatus status = task.getStatus();
        boolean completed = status == TaskStatus.COMPLETED;
        if (completed && task.getCompletedDate().isEmpty()) {
          inconsistent(context, task, "completedDate", "TASK_COMPLETED_DATE_MISSING");
        }
        if (!completed && task.getCompletedDate().isPresent()) {
          inconsistent(context, task, "completedDate", "TASK_COMPLETED_DATE_PRESENT",
              "completedDate", task.getCompletedDate().get());
        }
        OptionalInt progress = task.getProgress();
        if (progress.isPresent()) {
          boolean full = progress.getAsInt() == 100;
          if (completed != full || (status == TaskStatus.NOT_STARTED && progress.getAsInt() > 0)) {
            inconsistent(context, task, "progress", "TASK_PROGRESS", "progress", progress.getAsInt());
          }
        }
        boolean open = status == TaskStatus.NOT_STARTED || status == TaskStatus.IN_PROGRESS;
        Optional<LocalDate> asOf = context.asOf();
        if (open && asOf.isPresent() && task.getDueDate().isBefore(asOf.get())) {
          context.issue(TASK_OVERDUE).path("dueDate")
              .arg("dueDate", task.getDueDate()).arg("asOf", asOf.get()).arg("status", status).report();
        }
      }
    };
  }

  private static void inconsistent(RuleContext context, KeyTask task, String path, String reason, Object... args) {
    context.issue(TASK_STATUS_INCONSISTENT).path(path).arg("status", task.getStatus()).reason(reason, args).report();
  }
}
