package org.qinglian.model.identifier;

/**
 * 统一社会信用代码校验结果 — the outcome of checking a credit code against GB 32100-2015.
 *
 * <p>Validators treat {@link #ORGANIZATION_CODE_MISMATCH} more gently than
 * {@link #CHECK_CHARACTER_MISMATCH}: codes issued before 2016 sometimes carry an
 * organisation code whose own check character is wrong, yet their final check holds.
 */
public enum CreditCodeCheck {
  /** Both check characters hold. */
  VALID,
  /**
   * Not 18 characters over {@code 0-9 A-H J-N P-R T U W-Y}, or characters 3–8 (the division
   * code of registration) are not all digits.
   */
  MALFORMED,
  /** Character 18 does not match (GB 32100-2015 §4.3); the code is certainly mistyped. */
  CHECK_CHARACTER_MISMATCH,
  /**
   * Character 18 matches but the organisation code in characters 9–17 fails its own
   * check (GB 11714-1997).
   */
  ORGANIZATION_CODE_MISMATCH
}
