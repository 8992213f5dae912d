package org.qinglian.validation;

/**
 * 未知规则代码 — a severity override or suppression names a code no rule of the validator
 * declares. The message is English, for logs; {@link #code()} lets a caller say it in the
 * user's language.
 */
public final class UnknownRuleCodeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  /** The code no rule declares. */
  private final String code;

  UnknownRuleCodeException(String code) {
    super("unknown rule code: " + code);
    this.code = code;
  }

  /** {@return the code that names no rule} */
  public String code() {
    return code;
  }
}
