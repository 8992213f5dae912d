package org.qinglian.validation;

import java.util.List;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.finding.Rectification;
import org.qinglian.model.finding.RectificationStatus;

/**
 * {@code RECTIFICATION_STATUS_INCONSISTENT}, {@code RECTIFICATION_OVERDUE} and
 * {@code MONEY_RECOVERED_EXCEEDS_INVOLVED}: the rules of one finding on its own.
 */
final class FindingRule implements ValidationRule {

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(Codes.D_RECTIFICATION_STATUS_INCONSISTENT, Codes.D_RECTIFICATION_OVERDUE,
        Codes.D_MONEY_RECOVERED_EXCEEDS_INVOLVED);
  }

  /** Rectified and verified findings count as rectified in the totals too. */
  static boolean isRectified(RectificationStatus status) {
    return status == RectificationStatus.RECTIFIED || status == RectificationStatus.VERIFIED;
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (!(record instanceof Finding finding)) {
          return;
        }
        boolean zh = RuleDescriptor.isChinese(context.locale());
        Rectification rectification = finding.getRectification();
        boolean done = isRectified(rectification.getStatus());
        if (done == rectification.getCompletedDate().isEmpty()) {
          context.issue(Codes.RECTIFICATION_STATUS_INCONSISTENT).path("rectification.completedDate")
              .arg("status", rectification.getStatus())
              .arg("detail", done
                  ? (zh ? "缺少完成日期" : "a missing completion date")
                  : (zh ? "完成日期 " : "completion date ") + rectification.getCompletedDate().get())
              .report();
        }
        if (!done && rectification.getDeadline().isPresent() && context.asOf().isPresent()
            && rectification.getDeadline().get().isBefore(context.asOf().get())) {
          context.issue(Codes.RECTIFICATION_OVERDUE).path("rectification.deadline")
              .arg("deadline", rectification.getDeadline().get()).arg("asOf", context.asOf().get())
              .arg("status", rectification.getStatus()).report();
        }
        if (finding.getAmountInvolved().isPresent() && finding.getAmountRecovered().isPresent()
            && finding.getAmountRecovered().get().compareTo(finding.getAmountInvolved().get()) > 0) {
          context.issue(Codes.MONEY_RECOVERED_EXCEEDS_INVOLVED).path("amountRecovered")
              .arg("recovered", finding.getAmountRecovered().get())
              .arg("involved", finding.getAmountInvolved().get()).report();
        }
      }
    };
  }
}
