package org.qinglian.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;

/**
 * The ids read so far, as 64-bit fingerprints (see {@link Ids}), and each unit's category as
 * one byte: memory grows with the number of ids (about 11 bytes each), not with records.
 */
final class Index implements RecordIndex {

  private final Map<RecordType, LongSet> ids = new EnumMap<>(RecordType.class);
  private final LongIntMap unitCategories = new LongIntMap();
  private final List<UnitCategory> categories = new ArrayList<>();

  Index() {
    for (RecordType type : RecordType.values()) {
      ids.put(type, new LongSet());
    }
  }

  void add(GovernanceRecord record) {
    long id = Ids.hash(record.getId());
    if (ids.get(record.recordType()).add(id) && record instanceof Unit unit) {
      int category = categories.indexOf(unit.getCategory());
      if (category < 0) {
        categories.add(unit.getCategory());
        category = categories.size() - 1;
      }
      unitCategories.putIfAbsent(id, category);
    }
  }

  void add(RecordType type, String id) {
    ids.get(type).add(Ids.hash(id));
  }

  @Override
  public boolean contains(RecordType type, String id) {
    return ids.get(type).contains(Ids.hash(id));
  }

  @Override
  public Optional<UnitCategory> unitCategory(String id) {
    int category = unitCategories.get(Ids.hash(id));
    return category == LongIntMap.ABSENT ? Optional.empty() : Optional.of(categories.get(category));
  }

  @Override
  public long count(RecordType type) {
    return ids.get(type).size();
  }
}
