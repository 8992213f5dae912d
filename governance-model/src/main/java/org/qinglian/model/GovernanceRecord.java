package org.qinglian.model;

/**
 * 记录 — a record of an exchange that carries an id unique within its
 * {@linkplain RecordType record type}.
 */
public interface GovernanceRecord {

  /** {@return the record id: 1–64 characters, {@code [A-Za-z0-9][A-Za-z0-9._:-]*}} */
  String getId();

  /** {@return the record type, which names the list the record belongs to} */
  RecordType recordType();

  /**
   * 扩展字段 — fields the exchange format does not define, kept as read so that nothing is
   * lost: the key is the field's path (JSON, for example {@code colour} or
   * {@code rectification.reviewer}) or the column header (CSV); the value is JSON text
   * ({@code "red"}, {@code 12}, {@code {"a":1}}). Writers put them back.
   *
   * @return the unknown fields: path to JSON text
   */
  java.util.Map<String, String> getExtensions();
}
