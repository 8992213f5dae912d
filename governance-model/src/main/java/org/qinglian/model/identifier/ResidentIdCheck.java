package org.qinglian.model.identifier;

/** 居民身份证号码校验结果 — the outcome of checking a resident id against GB 11643-1999. */
public enum ResidentIdCheck {
  /** Well formed, a real birth date, and the check character holds. */
  VALID,
  /** Neither 17 digits followed by a digit or {@code X}, nor 15 digits. */
  MALFORMED,
  /** Characters 1–2 are not a province of GB/T 2260 (11–65, 71, 81, 82). */
  ADDRESS_UNKNOWN,
  /** Characters 7–14 are not a real calendar date between 1850 and today. */
  BIRTH_DATE_INVALID,
  /** The check character (character 18) does not match. */
  CHECK_CHARACTER_MISMATCH,
  /**
   * A first-generation number: 15 digits (address, {@code YYMMDD} birth date in the 1900s,
   * sequence) with a known province and a real date, as issued before GB 11643-1999 added the
   * century and the check character. Real in old records; {@link ResidentId#upgraded()} gives
   * its 18-digit form.
   */
  FIRST_GENERATION,
  /** Valid but for a lower-case {@code x} as the check character, which GB 11643-1999 writes {@code X}. */
  LOWER_CASE_X
}
