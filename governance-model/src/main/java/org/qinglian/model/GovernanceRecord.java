package org.qinglian.model;

/**
 * 记录 — a record of an exchange that carries an id unique within its
 * {@linkplain RecordType record type}.
 */
public interface GovernanceRecord {

  /** The record id: 1–64 characters, {@code [A-Za-z0-9][A-Za-z0-9._:-]*}. */
  String getId();

  /** The record type, which names the list the record belongs to. */
  RecordType recordType();
}
