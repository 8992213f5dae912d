package org.qinglian.validation;

import java.util.List;

/** The built-in rules, in the order they run. */
final class BuiltInRules {

  private BuiltInRules() {}

  static List<ValidationRule> create(FieldConstraints constraints, boolean showPersonalData) {
    return List.of(
        new ReadRule(),
        new SchemaVersionRule(),
        new FieldConstraintRule(constraints, showPersonalData),
        new DuplicateIdRule(),
        new ReferenceRule(),
        new UnitHierarchyRule(),
        new UnitCategoryRule(),
        new DivisionRule(),
        new DateRule(),
        new TaskRule(),
        new FindingRule(),
        new FindingInspectionRule(),
        new ActionRule(),
        new AssessmentRule(),
        new IndicatorRule(),
        new TotalsRule());
  }
}
