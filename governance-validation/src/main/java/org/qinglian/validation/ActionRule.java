package org.qinglian.validation;

import java.util.List;
import java.util.Optional;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.accountability.AccountabilityMeasure;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.accountability.SubjectType;

/**
 * {@code ACTION_MEASURE_FORM_MISMATCH} (a person's measure counts under one of its allowed
 * forms; organisational measures under none) and {@code ACTION_SUBJECT_MEASURE_MISMATCH}
 * (检查, 通报, 改组 only for organisations; personal measures only for persons).
 */
final class ActionRule implements ValidationRule {

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(Codes.D_ACTION_MEASURE_FORM_MISMATCH, Codes.D_ACTION_SUBJECT_MEASURE_MISMATCH);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (!(record instanceof AccountabilityAction action)) {
          return;
        }
        AccountabilityMeasure measure = action.getMeasure();
        SubjectType subject = action.getSubject().getType();
        if (measure.subjectType() != subject) {
          context.issue(Codes.ACTION_SUBJECT_MEASURE_MISMATCH).path("measure").arg("measure", measure)
              .arg("expected", measure.subjectType()).arg("actual", subject).report();
        }
        Optional<DisciplineForm> form = action.getForm();
        boolean fits = form.map(measure::allows).orElse(measure.allowedForms().isEmpty());
        if (!fits) {
          boolean zh = RuleDescriptor.isChinese(context.locale());
          context.issue(Codes.ACTION_MEASURE_FORM_MISMATCH).path("form").arg("measure", measure)
              .arg("form", form.isPresent() ? form : (zh ? "（未填写）" : "(none)"))
              .arg("allowed", measure.allowedForms().isEmpty() ? (zh ? "无" : "none") : measure.allowedForms())
              .report();
        }
      }
    };
  }
}
