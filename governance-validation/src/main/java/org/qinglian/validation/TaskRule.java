package org.qinglian.validation;

import java.util.List;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.task.TaskStatus;

/**
 * {@code TASK_STATUS_INCONSISTENT} (COMPLETED ⇔ completion date and progress 100) and
 * {@code TASK_OVERDUE} (unfinished past the due date at {@code asOf}).
 */
final class TaskRule implements ValidationRule {

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(Codes.D_TASK_STATUS_INCONSISTENT, Codes.D_TASK_OVERDUE);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (!(record instanceof KeyTask task)) {
          return;
        }
        boolean zh = RuleDescriptor.isChinese(context.locale());
        TaskStatus status = task.getStatus();
        boolean completed = status == TaskStatus.COMPLETED;
        if (completed && task.getCompletedDate().isEmpty()) {
          inconsistent(context, task, "completedDate", zh ? "缺少完成日期" : "a missing completion date");
        }
        if (!completed && task.getCompletedDate().isPresent()) {
          inconsistent(context, task, "completedDate",
              (zh ? "完成日期 " : "completion date ") + task.getCompletedDate().get());
        }
        task.getProgress().ifPresent(progress -> {
          boolean full = progress == 100;
          if (completed != full || (status == TaskStatus.NOT_STARTED && progress > 0)) {
            inconsistent(context, task, "progress", (zh ? "进度 " : "progress ") + progress);
          }
        });
        boolean open = status == TaskStatus.NOT_STARTED || status == TaskStatus.IN_PROGRESS;
        context.asOf().filter(asOf -> open && task.getDueDate().isBefore(asOf)).ifPresent(asOf ->
            context.issue(Codes.TASK_OVERDUE).path("dueDate")
                .arg("dueDate", task.getDueDate()).arg("asOf", asOf).arg("status", status).report());
      }
    };
  }

  private static void inconsistent(RuleContext context, KeyTask task, String path, String detail) {
    context.issue(Codes.TASK_STATUS_INCONSISTENT).path(path).arg("status", task.getStatus()).arg("detail", detail).report();
  }
}
