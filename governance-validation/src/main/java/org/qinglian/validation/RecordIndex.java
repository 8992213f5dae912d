package org.qinglian.validation;

import java.util.Optional;
import org.qinglian.model.RecordType;
import org.qinglian.model.unit.UnitCategory;

/**
 * 标识索引 — the ids read so far, per record type, with the category of each unit: all the
 * validator keeps of records once they have passed.
 */
public interface RecordIndex {

  /**
   * {@return whether a record of {@code type} with {@code id} has been read}
   *
   * @param type the record type
   * @param id the record's id
   */
  boolean contains(RecordType type, String id);

  /**
   * {@return the category of unit {@code id}, if that unit has been read}
   *
   * @param id the record's id
   */
  Optional<UnitCategory> unitCategory(String id);

  /**
   * {@return how many distinct ids of {@code type} have been read}
   *
   * @param type the record type
   */
  long count(RecordType type);
}
