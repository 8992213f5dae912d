package org.qinglian.model.identifier;

/** 居民身份证号码校验结果 — the outcome of checking a resident id against GB 11643-1999. */
public enum ResidentIdCheck {
  /** Well formed, a real birth date, and the check character holds. */
  VALID,
  /** Not 17 digits followed by a digit or upper-case {@code X}. */
  MALFORMED,
  /** Characters 7–14 are not a real calendar date between 1850 and today. */
  BIRTH_DATE_INVALID,
  /** The check character (character 18) does not match. */
  CHECK_CHARACTER_MISMATCH
}
