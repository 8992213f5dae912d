package org.qinglian.validation;

import java.util.List;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.indicator.Indicator;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.unit.Unit;

/**
 * {@code DIVISION_CODE_UNKNOWN}: a well-formed division code that the list of divisions in
 * force does not name (a village code: whose township it does not name). A warning, since
 * divisions are created and merged every year and old records keep old codes; the message
 * says which list was asked. Malformed codes are {@code DIVISION_CODE_INVALID}'s.
 */
final class DivisionCatalogueRule implements ValidationRule {

  static final RuleDescriptor DIVISION_CODE_UNKNOWN = RuleDescriptor.builtIn("DIVISION_CODE_UNKNOWN", Severity.WARNING);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(DIVISION_CODE_UNKNOWN);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void header(DatasetHeader header, RuleContext context) {
        check(header.getJurisdiction(), "header.jurisdiction", context);
      }

      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (record instanceof Unit unit) {
          check(unit.getDivisionCode(), "divisionCode", context);
        } else if (record instanceof KeyTask task) {
          check(task.getJurisdiction(), "jurisdiction", context);
        } else if (record instanceof Indicator indicator) {
          indicator.getDivisionCode().ifPresent(code -> check(code, "divisionCode", context));
        }
      }
    };
  }

  private static void check(DivisionCode code, String path, RuleContext context) {
    if (code.isValid() && !context.divisions().contains(code)) {
      context.issue(DIVISION_CODE_UNKNOWN).path(path).arg("value", code.text())
          .arg("list", context.divisions().label(context.locale())).report();
    }
  }
}
