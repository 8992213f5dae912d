package org.qinglian.validation;

import java.util.List;
import org.qinglian.model.GovernanceRecord;

/** {@code ID_DUPLICATE}: ids are unique within a record type. */
final class DuplicateIdRule implements ValidationRule {

  static final RuleDescriptor ID_DUPLICATE = RuleDescriptor.builtIn("ID_DUPLICATE", Severity.ERROR);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(ID_DUPLICATE);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        Index index = (Index) context.index();
        if (index.containsHash(record.recordType(), index.hashOf(record.getId()))) {
          context.issue(ID_DUPLICATE).path("id")
              .arg("type", record.recordType()).arg("id", record.getId()).report();
        }
      }
    };
  }
}
