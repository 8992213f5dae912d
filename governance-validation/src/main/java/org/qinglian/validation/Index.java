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
  // Inspections also get an ordinal (their order of arrival), so the finding rule needs no map of its own.
  private final LongIntMap inspections = new LongIntMap();
  // Ids of inspections that could not be built: they answer references but have no ordinal.
  private final LongSet unbuiltInspections = new LongSet();
  private final LongIntMap unitCategories = new LongIntMap();
  private final List<UnitCategory> categories = new ArrayList<>();

  Index() {
    for (RecordType type : RecordType.values()) {
      if (type != RecordType.INSPECTION) {
        ids.put(type, new LongSet());
      }
    }
  }

  /** The ordinal of inspection {@code id} (0 for the first read), or {@link LongIntMap#ABSENT}. */
  int inspectionOrdinal(String id) {
    return inspections.get(Ids.hash(id));
  }

  /** {@link #inspectionOrdinal(String)} by the id's fingerprint. */
  int inspectionOrdinalByHash(long hash) {
    return inspections.get(hash);
  }

  // The ids fingerprinted while the record being checked is: several rules and then the index ask for
  // the same ones (the record's own id, a finding's inspection and unit, an inspection's target units),
  // and an id's fingerprint is a tenth of the rules' time. By identity: the rules hand on the record's
  // own strings.
  private final String[] recent = new String[8];
  private final long[] recentHashes = new long[8];
  private int recentCount;

  /** The fingerprint of {@code id} (as {@link Ids#hash}), computed once while one record is checked. */
  long hashOf(String id) {
    for (int i = 0; i < recentCount; i++) {
      if (recent[i] == id) {
        return recentHashes[i];
      }
    }
    long hash = Ids.hash(id);
    if (recentCount < recent.length) {
      recent[recentCount] = id;
      recentHashes[recentCount++] = hash;
    }
    return hash;
  }

  /** {@link Ids#hash32} of {@code id}, by {@link #hashOf}. */
  int hash32Of(String id) {
    return Ids.hash32(hashOf(id));
  }

  void add(GovernanceRecord record) {
    long id = hashOf(record.getId());
    java.util.Arrays.fill(recent, 0, recentCount, null); // the next record's ids, and nothing kept from this one
    recentCount = 0;
    if (record.recordType() == RecordType.INSPECTION) {
      inspections.putIfAbsent(id, inspections.size());
      return;
    }
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
    if (type == RecordType.INSPECTION) {
      unbuiltInspections.add(Ids.hash(id));
    } else {
      ids.get(type).add(Ids.hash(id));
    }
  }

  @Override
  public boolean contains(RecordType type, String id) {
    long hash = Ids.hash(id);
    return type == RecordType.INSPECTION
        ? inspections.get(hash) != LongIntMap.ABSENT || unbuiltInspections.contains(hash)
        : ids.get(type).contains(hash);
  }

  /** {@link #contains} by fingerprint. */
  boolean containsHash(RecordType type, long hash) {
    return type == RecordType.INSPECTION
        ? inspections.get(hash) != LongIntMap.ABSENT || unbuiltInspections.contains(hash)
        : ids.get(type).contains(hash);
  }

  /** The ordinal of the category of the unit of fingerprint {@code hash}, or {@link LongIntMap#ABSENT}. */
  int unitCategoryOrdinalByHash(long hash) {
    return unitCategories.get(hash);
  }

  /** The unit category of ordinal {@code ordinal} (see {@link #unitCategoryOrdinalByHash}). */
  UnitCategory unitCategoryOfOrdinal(int ordinal) {
    return categories.get(ordinal);
  }

  /** {@link #unitCategory} by fingerprint. */
  Optional<UnitCategory> unitCategoryByHash(long hash) {
    int category = unitCategories.get(hash);
    return category == LongIntMap.ABSENT ? Optional.empty() : Optional.of(categories.get(category));
  }

  @Override
  public Optional<UnitCategory> unitCategory(String id) {
    int category = unitCategories.get(Ids.hash(id));
    return category == LongIntMap.ABSENT ? Optional.empty() : Optional.of(categories.get(category));
  }

  @Override
  public long count(RecordType type) {
    return type == RecordType.INSPECTION ? inspections.size() + unbuiltInspections.size() : ids.get(type).size();
  }
}
