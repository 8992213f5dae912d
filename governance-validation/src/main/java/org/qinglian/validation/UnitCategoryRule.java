package org.qinglian.validation;

import org.qinglian.model.RecordType;

import java.util.List;
import java.util.Optional;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;
import org.qinglian.model.unit.UnitCategoryCatalogue;

/**
 * {@code UNIT_CATEGORY_UNKNOWN}, {@code CREDIT_CODE_MISSING} and
 * {@code CREDIT_CODE_UNEXPECTED}: categories are registered; organs, enterprises, schools
 * and hospitals give a credit code, families never do.
 */
final class UnitCategoryRule implements TypedRule {

  static final RuleDescriptor UNIT_CATEGORY_UNKNOWN = RuleDescriptor.builtIn("UNIT_CATEGORY_UNKNOWN", Severity.ERROR);
  static final RuleDescriptor CREDIT_CODE_MISSING = RuleDescriptor.builtIn("CREDIT_CODE_MISSING", Severity.WARNING);
  static final RuleDescriptor CREDIT_CODE_UNEXPECTED = RuleDescriptor.builtIn("CREDIT_CODE_UNEXPECTED", Severity.ERROR);

  private static final List<UnitCategory> EXPECT_CREDIT_CODE =
      List.of(UnitCategory.ORGAN, UnitCategory.ENTERPRISE, UnitCategory.SCHOOL, UnitCategory.HOSPITAL);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(UNIT_CATEGORY_UNKNOWN, CREDIT_CODE_MISSING, CREDIT_CODE_UNEXPECTED);
  }

  @Override
  public java.util.Set<RecordType> recordTypes() {
    return java.util.EnumSet.of(RecordType.UNIT, RecordType.TASK);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        UnitCategoryCatalogue catalogue = context.categories();
        if (record instanceof Unit unit) {
          UnitCategory category = unit.getCategory();
          if (!catalogue.contains(category)) {
            context.issue(UNIT_CATEGORY_UNKNOWN).path("category").arg("value", category.code()).report();
            return;
          }
          boolean expected = false;
          for (UnitCategory kind : EXPECT_CREDIT_CODE) {
            expected |= catalogue.isA(category, kind);
          }
          if (expected && unit.getCreditCode().isEmpty()) {
            context.issue(CREDIT_CODE_MISSING).path("creditCode").arg("category", category).report();
          }
          if (catalogue.isA(category, UnitCategory.FAMILY) && unit.getCreditCode().isPresent()) {
            context.issue(CREDIT_CODE_UNEXPECTED).path("creditCode").arg("category", category).report();
          }
        } else if (record instanceof KeyTask task) {
          Optional<UnitCategory> category = task.getCategory();
          if (category.isPresent() && !catalogue.contains(category.get())) {
            context.issue(UNIT_CATEGORY_UNKNOWN).path("category").arg("value", category.get().code()).report();
          }
        }
      }
    };
  }
}
