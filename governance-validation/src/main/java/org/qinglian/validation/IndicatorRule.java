package org.qinglian.validation;

import org.qinglian.model.RecordType;

import java.util.List;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.indicator.Indicator;

/**
 * {@code INDICATOR_OUT_OF_RANGE}: a value lies in its metric's range. Also checks that
 * exactly one of unit and division gives the scope ({@code FIELD_REQUIRED} when neither,
 * {@code FIELD_INVALID} when both).
 */
final class IndicatorRule implements TypedRule {

  static final RuleDescriptor INDICATOR_OUT_OF_RANGE = RuleDescriptor.builtIn("INDICATOR_OUT_OF_RANGE", Severity.ERROR);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(INDICATOR_OUT_OF_RANGE);
  }

  @Override
  public java.util.Set<RecordType> recordTypes() {
    return java.util.EnumSet.of(RecordType.INDICATOR);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (!(record instanceof Indicator indicator)) {
          return;
        }
        if (!indicator.getMetric().inRange(indicator.getValue())) {
          context.issue(INDICATOR_OUT_OF_RANGE).path("value").arg("metric", indicator.getMetric())
              .arg("value", indicator.getValue()).arg("min", indicator.getMetric().min())
              .arg("max", indicator.getMetric().max()).report();
        }
        boolean unit = indicator.getUnitId().isPresent();
        boolean division = indicator.getDivisionCode().isPresent();
        if (!unit && !division) {
          context.issue(FieldConstraintRule.FIELD_REQUIRED).path("unitId|divisionCode").report();
        } else if (unit && division) {
          context.issue(FieldConstraintRule.FIELD_INVALID).path("divisionCode").arg("value", indicator.getDivisionCode().get())
              .arg("constraint", org.qinglian.model.text.Reason.of(RuleDescriptor.bundle(), "INDICATOR_UNIT_AND_DIVISION")).report();
        }
      }
    };
  }
}
