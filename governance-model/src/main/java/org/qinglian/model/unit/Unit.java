package org.qinglian.model.unit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.constraint.RecordId;
import org.qinglian.model.constraint.TextCharacters;
import org.qinglian.model.constraint.ValidIdentifier;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.internal.ValueStyle;

/**
 * 清廉单元 — a unit under clean-governance construction: an organ, enterprise, village,
 * school, hospital, family … with its place in the hierarchy (子单元 under a parent
 * unit), its division and, for legal entities, its unified social credit code.
 *
 * <p>Wire name {@code units}; fields {@code id, name, category, parentId, divisionCode,
 * creditCode, leadDepartmentId, demonstration}.
 */
@Value.Immutable
@ValueStyle
public abstract class Unit implements GovernanceRecord {

  /** For the implementation Immutables generates, {@code ImmutableUnit}. */
  protected Unit() {}

  @Override
  @RecordId
  public abstract String getId();

  /** {@return the unit's name, for example 武汉市江岸区财政局} */
  @NotBlank
  @Size(max = 200)
  @TextCharacters
  public abstract String getName();

  /** {@return the category; may be one the catalogue does not list, which the validator reports} */
  public abstract UnitCategory getCategory();

  /** {@return the parent unit, for a sub-unit (子单元)} */
  public abstract Optional<@RecordId String> getParentId();

  /** {@return the division the unit belongs to} */
  @ValidIdentifier
  public abstract DivisionCode getDivisionCode();

  /**
   * The unified social credit code: expected for organs, enterprises, schools and
   * hospitals, never given for a family.
   *
   * @return the unified social credit code, when given
   */
  public abstract Optional<@ValidIdentifier CreditCode> getCreditCode();

  /** {@return the lead department (牵头部门) of the unit's line, an organ unit} */
  public abstract Optional<@RecordId String> getLeadDepartmentId();

  /** {@return the unit's standing as a demonstration site (示范点)} */
  public abstract Optional<@Valid Demonstration> getDemonstration();

  @Override
  public final RecordType recordType() {
    return RecordType.UNIT;
  }

  /** {@return a new builder} */
  public static ImmutableUnit.Builder builder() {
    return ImmutableUnit.builder();
  }
}
