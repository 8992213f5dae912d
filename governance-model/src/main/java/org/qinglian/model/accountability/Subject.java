package org.qinglian.model.accountability;

/**
 * 问责对象 — who is held to account: a {@linkplain PersonSubject person} or an
 * {@linkplain OrganizationSubject organisation}. Wire: {@code subject{type, personId, name,
 * residentId, position, unitId}}.
 */
public sealed interface Subject permits PersonSubject, OrganizationSubject {

  /** {@return person or organisation} */
  SubjectType getType();
}
