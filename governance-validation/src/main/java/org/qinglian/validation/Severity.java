package org.qinglian.validation;

/**
 * 严重程度 — how bad an issue is. A report with any {@link #ERROR} is not valid: the
 * exchange must be rejected. Warnings are accepted but told; infos only inform.
 */
public enum Severity {
  /** 错误 — the exchange must be rejected. */
  ERROR,
  /** 警告 — accept, but tell the producer. */
  WARNING,
  /** 提示 — for information. */
  INFO;

  /**
   * {@return the name in {@code locale}'s language: 错误, 錯誤 or ERROR}
   *
   * @param locale the language wanted
   */
  public String label(java.util.Locale locale) {
    return RuleDescriptor.label(this, locale);
  }

  /** {@return the simplified Chinese name} */
  public String chineseName() {
    return label(org.qinglian.model.text.Localization.SIMPLIFIED);
  }
}
