package org.qinglian.validation;

import java.util.List;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;

/** A custom rule as an embedder writes one: flags schools whose name says 星期日. */
public final class NoSchoolsOnSundayRule implements ValidationRule {

  static final String CODE = "X_SCHOOL_SUNDAY";

  private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(CODE).severity(Severity.INFO)
      .title("学校名称含星期日", "School named after Sunday")
      .description("示例规则。", "An example rule.")
      .message("学校 {name} 名称含星期日", "school {name} is named after Sunday")
      .source("test")
      .build();

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(DESCRIPTOR);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (record instanceof Unit unit && unit.getCategory().equals(UnitCategory.SCHOOL)
            && unit.getName().contains("星期日")) {
          context.issue(CODE).path("name").arg("name", unit.getName()).report();
        }
      }
    };
  }
}
