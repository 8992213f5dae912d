package org.qinglian.validation;

import org.qinglian.model.RecordType;

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
final class ActionRule implements TypedRule {

  static final RuleDescriptor ACTION_MEASURE_FORM_MISMATCH = RuleDescriptor.builtIn("ACTION_MEASURE_FORM_MISMATCH", Severity.ERROR);
  static final RuleDescriptor ACTION_SUBJECT_MEASURE_MISMATCH = RuleDescriptor.builtIn("ACTION_SUBJECT_MEASURE_MISMATCH", Severity.ERROR);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(ACTION_MEASURE_FORM_MISMATCH, ACTION_SUBJECT_MEASURE_MISMATCH);
  }

  @Override
  public java.util.Set<RecordType> recordTypes() {
    return java.util.EnumSet.of(RecordType.ACTION);
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
          context.issue(ACTION_SUBJECT_MEASURE_MISMATCH).path("measure").arg("measure", measure)
              .arg("expected", measure.subjectType()).arg("actual", subject).report();
        }
        Optional<DisciplineForm> form = action.getForm();
        boolean fits = form.isPresent() ? measure.allows(form.get()) : measure.allowedForms().isEmpty();
        if (!fits) {
          context.issue(ACTION_MEASURE_FORM_MISMATCH).path("form").arg("measure", measure)
              .arg("form", form.isPresent() ? form : org.qinglian.model.text.Reason.of(RuleDescriptor.bundle(), "NO_FORM"))
              .arg("allowed", measure.allowedForms().isEmpty() ? org.qinglian.model.text.Reason.of(RuleDescriptor.bundle(), "NONE") : measure.allowedForms())
              .report();
        }
      }
    };
  }
}
