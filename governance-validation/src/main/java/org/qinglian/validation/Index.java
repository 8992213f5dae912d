package org.qinglian.validation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;

/** The ids read so far; memory grows with ids, not with records. */
final class Index implements RecordIndex {

  private final Map<RecordType, Set<String>> ids = new EnumMap<>(RecordType.class);
  private final Map<String, UnitCategory> unitCategories = new HashMap<>();

  Index() {
    for (RecordType type : RecordType.values()) {
      ids.put(type, new HashSet<>());
    }
  }

  void add(GovernanceRecord record) {
    if (ids.get(record.recordType()).add(record.getId()) && record instanceof Unit unit) {
      unitCategories.put(unit.getId(), unit.getCategory());
    }
  }

  void add(RecordType type, String id) {
    ids.get(type).add(id);
  }

  @Override
  public boolean contains(RecordType type, String id) {
    return ids.get(type).contains(id);
  }

  @Override
  public Optional<UnitCategory> unitCategory(String id) {
    return Optional.ofNullable(unitCategories.get(id));
  }

  @Override
  public long count(RecordType type) {
    return ids.get(type).size();
  }
}
