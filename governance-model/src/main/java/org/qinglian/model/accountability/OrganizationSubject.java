package org.qinglian.model.accountability;

import org.immutables.value.Value;
import org.qinglian.model.constraint.RecordId;
import org.qinglian.model.internal.ValueStyle;

/** 问责对象（组织） — a party organisation or organ held to account, a unit of the dataset. */
@Value.Immutable
@ValueStyle
public abstract non-sealed class OrganizationSubject implements Subject {

  /** For the implementation Immutables generates, {@code ImmutableOrganizationSubject}. */
  protected OrganizationSubject() {}

  /** {@return the unit held to account} */
  @RecordId
  public abstract String getUnitId();

  @Override
  public final SubjectType getType() {
    return SubjectType.ORGANIZATION;
  }

  /**
   * {@return the subject for unit {@code unitId}}
   *
   * @param unitId the id of the unit held accountable
   */
  public static OrganizationSubject of(String unitId) {
    return ImmutableOrganizationSubject.builder().unitId(unitId).build();
  }
}
