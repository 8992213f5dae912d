package org.qinglian.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.accountability.ImmutableAccountabilityAction;
import org.qinglian.model.assessment.AssessmentRecord;
import org.qinglian.model.assessment.ImmutableAssessmentRecord;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.finding.ImmutableFinding;
import org.qinglian.model.finding.ImmutableRectification;
import org.qinglian.model.finding.Rectification;
import org.qinglian.model.indicator.ImmutableIndicator;
import org.qinglian.model.indicator.Indicator;
import org.qinglian.model.task.ImmutableKeyTask;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;

/** Small edits of the consistent fixture dataset, one record at a time. */
final class Mutations {

  private Mutations() {}

  static Dataset base() {
    return Fixtures.dataset();
  }

  static ImmutableDataset copy() {
    return ImmutableDataset.copyOf(base());
  }

  /** The fixture with its first unit (the finance bureau, an organ) edited. */
  static Dataset organ(UnaryOperator<ImmutableUnit> edit) {
    return unit(0, edit);
  }

  static Dataset unit(int index, UnaryOperator<ImmutableUnit> edit) {
    List<Unit> units = new ArrayList<>(base().getUnits());
    units.set(index, edit.apply(ImmutableUnit.copyOf(units.get(index))));
    return copy().withUnits(units);
  }

  static Dataset addUnit(Unit unit) {
    List<Unit> units = new ArrayList<>(base().getUnits());
    units.add(unit);
    return copy().withUnits(units);
  }

  static Dataset task(UnaryOperator<ImmutableKeyTask> edit) {
    KeyTask task = edit.apply(ImmutableKeyTask.copyOf(Fixtures.task()));
    return copy().withTasks(task);
  }

  static Dataset finding(UnaryOperator<ImmutableFinding> edit) {
    Finding finding = edit.apply(ImmutableFinding.copyOf(Fixtures.finding()));
    return copy().withFindings(finding);
  }

  static Dataset rectification(UnaryOperator<ImmutableRectification> edit) {
    Rectification rectification = edit.apply(ImmutableRectification.copyOf(Fixtures.rectification()));
    return finding(f -> f.withRectification(rectification));
  }

  static Dataset action(UnaryOperator<ImmutableAccountabilityAction> edit) {
    AccountabilityAction action = edit.apply(ImmutableAccountabilityAction.copyOf(Fixtures.action()));
    return copy().withActions(action);
  }

  static Dataset assessment(UnaryOperator<ImmutableAssessmentRecord> edit) {
    AssessmentRecord assessment = edit.apply(ImmutableAssessmentRecord.copyOf(Fixtures.assessment()));
    return copy().withAssessments(assessment);
  }

  static Dataset indicator(UnaryOperator<ImmutableIndicator> edit) {
    Indicator indicator = edit.apply(ImmutableIndicator.copyOf(Fixtures.indicator()));
    return copy().withIndicators(indicator);
  }
}
