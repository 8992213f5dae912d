package org.qinglian.validation;

import org.qinglian.model.RecordType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.finding.Rectification;
import org.qinglian.model.inspection.Inspection;
import org.qinglian.model.task.KeyTask;

/**
 * {@code DATE_ORDER} and {@code DATE_IMPLAUSIBLE}: paired dates are ordered; no date is
 * before 2000, and nothing that has happened is dated after {@code asOf}.
 */
final class DateRule implements TypedRule {

  static final RuleDescriptor DATE_ORDER = RuleDescriptor.builtIn("DATE_ORDER", Severity.ERROR);
  static final RuleDescriptor DATE_IMPLAUSIBLE = RuleDescriptor.builtIn("DATE_IMPLAUSIBLE", Severity.WARNING);

  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(DATE_ORDER, DATE_IMPLAUSIBLE);
  }

  @Override
  public java.util.Set<RecordType> recordTypes() {
    return java.util.EnumSet.of(RecordType.TASK, RecordType.INSPECTION, RecordType.FINDING, RecordType.ACTION);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void header(DatasetHeader header, RuleContext context) {
        order(header.getPeriodStart(), "header.periodStart", header.getPeriodEnd(), "header.periodEnd", context);
        early(header.getPeriodStart(), "header.periodStart", context);
      }

      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (record instanceof KeyTask task) {
          order(task.getStartDate(), "startDate", task.getDueDate(), "dueDate", context);
          Optional<LocalDate> completed = task.getCompletedDate();
          if (completed.isPresent()) {
            order(task.getStartDate(), "startDate", completed.get(), "completedDate", context);
          }
          early(task.getStartDate(), "startDate", context);
          if (completed.isPresent()) {
            happened(completed.get(), "completedDate", context);
          }
        } else if (record instanceof Inspection inspection) {
          order(inspection.getStartDate(), "startDate", inspection.getEndDate(), "endDate", context);
          early(inspection.getStartDate(), "startDate", context);
          happened(inspection.getStartDate(), "startDate", context);
        } else if (record instanceof Finding finding) {
          LocalDate found = finding.getFoundDate();
          Rectification rectification = finding.getRectification();
          Optional<LocalDate> deadline = rectification.getDeadline();
          if (deadline.isPresent()) {
            order(found, "foundDate", deadline.get(), "rectification.deadline", context);
          }
          Optional<LocalDate> completed = rectification.getCompletedDate();
          if (completed.isPresent()) {
            order(found, "foundDate", completed.get(), "rectification.completedDate", context);
          }
          for (int i = 0; i < finding.getFollowUps().size(); i++) {
            LocalDate issued = finding.getFollowUps().get(i).getIssuedDate();
            order(found, "foundDate", issued, "followUps[" + i + "].issuedDate", context);
            happened(issued, "followUps[" + i + "].issuedDate", context);
          }
          early(found, "foundDate", context);
          happened(found, "foundDate", context);
          if (completed.isPresent()) {
            happened(completed.get(), "rectification.completedDate", context);
          }
        } else if (record instanceof AccountabilityAction action) {
          early(action.getDecisionDate(), "decisionDate", context);
          happened(action.getDecisionDate(), "decisionDate", context);
        }
      }
    };
  }

  private static void order(LocalDate first, String firstPath, LocalDate second, String secondPath, RuleContext context) {
    if (second.isBefore(first)) {
      context.issue(DATE_ORDER).path(secondPath).arg("value", second)
          .arg("otherPath", firstPath).arg("other", first).report();
    }
  }

  private static void early(LocalDate date, String path, RuleContext context) {
    if (date.isBefore(EARLIEST)) {
      context.issue(DATE_IMPLAUSIBLE).path(path).arg("value", date)
          .reason("DATE_BEFORE_2000").report();
    }
  }

  private static void happened(LocalDate date, String path, RuleContext context) {
    Optional<LocalDate> asOf = context.asOf();
    if (asOf.isPresent() && date.isAfter(asOf.get())) {
      context.issue(DATE_IMPLAUSIBLE).path(path).arg("value", date)
          .reason("DATE_AFTER_AS_OF", "asOf", asOf.get()).report();
    }
  }
}
