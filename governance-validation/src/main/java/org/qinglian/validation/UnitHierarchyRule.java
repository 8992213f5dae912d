package org.qinglian.validation;

import org.qinglian.model.location.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.unit.Unit;

/** {@code UNIT_PARENT_CYCLE}: the parent chain of units ends; each cycle is reported once. */
final class UnitHierarchyRule implements TypedRule {

  static final RuleDescriptor UNIT_PARENT_CYCLE = RuleDescriptor.builtIn("UNIT_PARENT_CYCLE", Severity.ERROR);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(UNIT_PARENT_CYCLE);
  }

  @Override
  public java.util.Set<RecordType> recordTypes() {
    return java.util.EnumSet.of(RecordType.UNIT);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      // Only units that name a parent are kept: id -> parent, and where each was read.
      private final Map<String, String> parents = new LinkedHashMap<>();
      private final Map<String, SourceLocation> locations = new HashMap<>();

      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (record instanceof Unit unit && unit.getParentId().isPresent()) {
          parents.putIfAbsent(unit.getId(), unit.getParentId().get());
          locations.putIfAbsent(unit.getId(), context.location("parentId"));
        }
      }

      @Override
      public void finish(RuleContext context) {
        Set<String> settled = new HashSet<>();
        for (String start : parents.keySet()) {
          List<String> path = new ArrayList<>();
          Set<String> onPath = new HashSet<>();
          String current = start;
          while (current != null && !settled.contains(current) && onPath.add(current)) {
            path.add(current);
            current = parents.get(current);
          }
          if (current != null && onPath.contains(current)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
            cycle.add(current);
            context.issue(UNIT_PARENT_CYCLE)
                .about(RecordType.UNIT, current, locations.get(current)).path("parentId")
                .arg("cycle", String.join(" → ", cycle)).report();
          }
          settled.addAll(path);
        }
      }
    };
  }
}
