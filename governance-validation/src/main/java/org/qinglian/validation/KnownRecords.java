package org.qinglian.validation;

import java.util.Optional;
import org.qinglian.model.RecordType;
import org.qinglian.model.unit.UnitCategory;

/**
 * 已有记录 — the records a platform already holds, outside the batch being validated: a
 * reference to one of them is no {@code REF_MISSING}. Back it with the platform's database
 * (“unit U-A exists and is an ORGAN”); a lookup per distinct reference that the batch itself
 * does not settle, at the end of the validation.
 */
@FunctionalInterface
public interface KnownRecords {

  /** Nothing outside the batch: every reference must be settled by the batch itself. */
  KnownRecords NONE = (type, id) -> false;

  /**
   * Everything exists: for validating one record by its field and record rules alone.
   * Categories are unknown, so lead-department and deciding-body categories go unjudged.
   */
  KnownRecords ANY = (type, id) -> true;

  /**
   * {@return whether a record of {@code type} with {@code id} exists}
   *
   * @param type the record type
   * @param id the record's id
   */
  boolean contains(RecordType type, String id);

  /**
   * The category of an existing unit, when known: references that need an organ unit
   * (lead departments, inspecting and deciding bodies) are judged by it. Empty (the default)
   * leaves them unjudged.
   *
   * @param unitId the unit's id
   * @return the unit's category, if known
   */
  default Optional<UnitCategory> unitCategory(String unitId) {
    return Optional.empty();
  }
}
