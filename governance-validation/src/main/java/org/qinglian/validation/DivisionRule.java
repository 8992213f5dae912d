package org.qinglian.validation;

import java.util.List;
import java.util.Optional;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.indicator.Indicator;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.unit.Unit;

/**
 * {@code DIVISION_OUTSIDE_JURISDICTION}: divisions of units, tasks and indicators lie inside
 * the header's jurisdiction. Needs the header before the records (the readers deliver it
 * first); invalid codes are judged by the field rules only.
 */
final class DivisionRule implements ValidationRule {

  static final RuleDescriptor DIVISION_OUTSIDE_JURISDICTION = RuleDescriptor.builtIn("DIVISION_OUTSIDE_JURISDICTION", Severity.ERROR);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(DIVISION_OUTSIDE_JURISDICTION);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        Optional<DivisionCode> jurisdiction =
            context.header().map(h -> h.getJurisdiction()).filter(DivisionCode::isValid);
        if (jurisdiction.isEmpty()) {
          return;
        }
        if (record instanceof Unit unit) {
          check(unit.getDivisionCode(), "divisionCode", jurisdiction.get(), context);
        } else if (record instanceof KeyTask task) {
          check(task.getJurisdiction(), "jurisdiction", jurisdiction.get(), context);
        } else if (record instanceof Indicator indicator) {
          indicator.getDivisionCode().ifPresent(code -> check(code, "divisionCode", jurisdiction.get(), context));
        }
      }
    };
  }

  /** The division's name in the message's script, “—” when the catalogue does not know it. */
  static String place(DivisionCode code, RuleContext context) {
    return context.divisions().name(code, context.locale()).orElse("—");
  }

  private static void check(DivisionCode code, String path, DivisionCode jurisdiction, RuleContext context) {
    if (code.isValid() && !jurisdiction.contains(code)) {
      context.issue(DIVISION_OUTSIDE_JURISDICTION).path(path)
          .arg("value", code.text()).arg("place", place(code, context))
          .arg("jurisdiction", jurisdiction.text()).arg("jurisdictionPlace", place(jurisdiction, context)).report();
    }
  }
}
