package org.qinglian.validation;

import org.qinglian.model.RecordType;

import java.util.List;
import java.util.Optional;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.indicator.Indicator;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.unit.Unit;

/**
 * The divisions of the header, units, tasks and indicators: {@code DIVISION_CODE_UNKNOWN}, a
 * well-formed code the list of divisions in force does not name (a village code: whose
 * township it does not name; a warning, since divisions change every year and old records keep
 * old codes, and the message says which list was asked); and
 * {@code DIVISION_OUTSIDE_JURISDICTION}, a division outside the header's jurisdiction (the
 * readers deliver the header first). Malformed codes are {@code DIVISION_CODE_INVALID}'s.
 */
final class DivisionRule implements TypedRule {

  static final RuleDescriptor DIVISION_OUTSIDE_JURISDICTION = RuleDescriptor.builtIn("DIVISION_OUTSIDE_JURISDICTION", Severity.ERROR);
  static final RuleDescriptor DIVISION_CODE_UNKNOWN = RuleDescriptor.builtIn("DIVISION_CODE_UNKNOWN", Severity.WARNING);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(DIVISION_OUTSIDE_JURISDICTION, DIVISION_CODE_UNKNOWN);
  }

  @Override
  public java.util.Set<RecordType> recordTypes() {
    return java.util.EnumSet.of(RecordType.UNIT, RecordType.TASK, RecordType.INDICATOR);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void header(DatasetHeader header, RuleContext context) {
        known(header.getJurisdiction(), "header.jurisdiction", context);
      }

      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (record instanceof Unit unit) {
          check(unit.getDivisionCode(), "divisionCode", context);
        } else if (record instanceof KeyTask task) {
          check(task.getJurisdiction(), "jurisdiction", context);
        } else if (record instanceof Indicator indicator) {
          Optional<DivisionCode> code = indicator.getDivisionCode();
          if (code.isPresent()) {
            check(code.get(), "divisionCode", context);
          }
        }
      }
    };
  }

  /** The division's name in the message's script, “—” when the catalogue does not know it. */
  static String place(DivisionCode code, RuleContext context) {
    return context.divisions().name(code, context.locale()).orElse("—");
  }

  private static void check(DivisionCode code, String path, RuleContext context) {
    known(code, path, context);
    Optional<DatasetHeader> header = context.header();
    Optional<DivisionCode> jurisdiction = header.isPresent() && header.get().getJurisdiction().isValid()
        ? Optional.of(header.get().getJurisdiction()) : Optional.empty();
    if (code.isValid() && jurisdiction.isPresent() && !jurisdiction.get().contains(code)) {
      context.issue(DIVISION_OUTSIDE_JURISDICTION).path(path)
          .arg("value", code.text()).arg("place", place(code, context))
          .arg("jurisdiction", jurisdiction.get().text()).arg("jurisdictionPlace", place(jurisdiction.get(), context))
          .report();
    }
  }

  private static void known(DivisionCode code, String path, RuleContext context) {
    if (code.isValid() && !context.divisions().contains(code)) {
      context.issue(DIVISION_CODE_UNKNOWN).path(path).arg("value", code.text())
          .arg("list", context.divisions().label(context.locale())).report();
    }
  }
}
