package org.qinglian.validation;

import org.qinglian.model.RecordType;

import java.util.List;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.finding.Rectification;
import org.qinglian.model.finding.RectificationStatus;

/**
 * {@code RECTIFICATION_STATUS_INCONSISTENT}, {@code RECTIFICATION_OVERDUE} and
 * {@code MONEY_RECOVERED_EXCEEDS_INVOLVED}: the rules of one finding on its own.
 */
final class FindingRule implements TypedRule {

  static final RuleDescriptor RECTIFICATION_STATUS_INCONSISTENT = RuleDescriptor.builtIn("RECTIFICATION_STATUS_INCONSISTENT", Severity.ERROR);
  static final RuleDescriptor RECTIFICATION_OVERDUE = RuleDescriptor.builtIn("RECTIFICATION_OVERDUE", Severity.WARNING);
  static final RuleDescriptor MONEY_RECOVERED_EXCEEDS_INVOLVED = RuleDescriptor.builtIn("MONEY_RECOVERED_EXCEEDS_INVOLVED", Severity.WARNING);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(RECTIFICATION_STATUS_INCONSISTENT, RECTIFICATION_OVERDUE,
        MONEY_RECOVERED_EXCEEDS_INVOLVED);
  }

  /** Rectified and verified findings count as rectified in the totals too. */
  static boolean isRectified(RectificationStatus status) {
    return status == RectificationStatus.RECTIFIED || status == RectificationStatus.VERIFIED;
  }

  @Override
  public java.util.Set<RecordType> recordTypes() {
    return java.util.EnumSet.of(RecordType.FINDING);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (!(record instanceof Finding finding)) {
          return;
        }
        Rectification rectification = finding.getRectification();
        boolean done = isRectified(rectification.getStatus());
        if (done == rectification.getCompletedDate().isEmpty()) {
          context.issue(RECTIFICATION_STATUS_INCONSISTENT).path("rectification.completedDate")
              .arg("status", rectification.getStatus())
              .reason(done ? "RECTIFICATION_COMPLETED_DATE_MISSING" : "RECTIFICATION_COMPLETED_DATE_PRESENT",
                  done ? new Object[0] : new Object[] {"completedDate", rectification.getCompletedDate().get()})
              .report();
        }
        if (!done && rectification.getDeadline().isPresent() && context.asOf().isPresent()
            && rectification.getDeadline().get().isBefore(context.asOf().get())) {
          context.issue(RECTIFICATION_OVERDUE).path("rectification.deadline")
              .arg("deadline", rectification.getDeadline().get()).arg("asOf", context.asOf().get())
              .arg("status", rectification.getStatus()).report();
        }
        if (finding.getAmountInvolved().isPresent() && finding.getAmountRecovered().isPresent()
            && finding.getAmountRecovered().get().compareTo(finding.getAmountInvolved().get()) > 0) {
          context.issue(MONEY_RECOVERED_EXCEEDS_INVOLVED).path("amountRecovered")
              .arg("recovered", finding.getAmountRecovered().get())
              .arg("involved", finding.getAmountInvolved().get()).report();
        }
      }
    };
  }
}
