package org.qinglian.validation;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 规则说明 — the metadata of one rule code: its stable code, default severity, title and
 * description in Chinese and English, the message template of its issues in both
 * languages, and the regulation, standard or field report it comes from.
 *
 * <p>Message templates name their arguments in braces, {@code {value}}; arguments are
 * substituted as plain text, never evaluated.
 */
public final class RuleDescriptor {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  private final String code;
  private final Severity defaultSeverity;
  private final String titleZh;
  private final String titleEn;
  private final String descriptionZh;
  private final String descriptionEn;
  private final String messageZh;
  private final String messageEn;
  private final String source;

  private RuleDescriptor(Builder b) {
    this.code = Objects.requireNonNull(b.code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("rule code must match [A-Z][A-Z0-9_]*: " + code);
    }
    this.defaultSeverity = Objects.requireNonNull(b.severity, "severity of " + code);
    this.titleZh = Objects.requireNonNull(b.titleZh, "Chinese title of " + code);
    this.titleEn = Objects.requireNonNull(b.titleEn, "English title of " + code);
    this.descriptionZh = Objects.requireNonNull(b.descriptionZh, "Chinese description of " + code);
    this.descriptionEn = Objects.requireNonNull(b.descriptionEn, "English description of " + code);
    this.messageZh = Objects.requireNonNull(b.messageZh, "Chinese message of " + code);
    this.messageEn = Objects.requireNonNull(b.messageEn, "English message of " + code);
    this.source = Objects.requireNonNull(b.source, "source of " + code);
  }

  /** A builder for the descriptor of {@code code}. */
  public static Builder builder(String code) {
    return new Builder(code);
  }

  /** The stable code, for example {@code REF_MISSING}. */
  public String code() {
    return code;
  }

  /** The severity unless the validator overrides it. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** The title in {@code locale}: Chinese for any {@code zh} locale, English otherwise. */
  public String title(Locale locale) {
    return isChinese(locale) ? titleZh : titleEn;
  }

  /** What the rule checks and why, in {@code locale}. */
  public String description(Locale locale) {
    return isChinese(locale) ? descriptionZh : descriptionEn;
  }

  /** The message template of its issues, in {@code locale}. */
  public String messageTemplate(Locale locale) {
    return isChinese(locale) ? messageZh : messageEn;
  }

  /** The regulation, standard or field report the rule comes from. */
  public String source() {
    return source;
  }

  static boolean isChinese(Locale locale) {
    return locale.getLanguage().equals("zh");
  }

  @Override
  public String toString() {
    return code + " (" + defaultSeverity + ")";
  }

  /** 规则说明构建器 — builds a {@link RuleDescriptor}; every part is required. */
  public static final class Builder {
    private final String code;
    private Severity severity;
    private String titleZh;
    private String titleEn;
    private String descriptionZh;
    private String descriptionEn;
    private String messageZh;
    private String messageEn;
    private String source;

    private Builder(String code) {
      this.code = code;
    }

    /** The default severity. */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /** The title, Chinese then English. */
    public Builder title(String zh, String en) {
      this.titleZh = zh;
      this.titleEn = en;
      return this;
    }

    /** The description, Chinese then English. */
    public Builder description(String zh, String en) {
      this.descriptionZh = zh;
      this.descriptionEn = en;
      return this;
    }

    /** The message template, Chinese then English. */
    public Builder message(String zh, String en) {
      this.messageZh = zh;
      this.messageEn = en;
      return this;
    }

    /** Where the rule comes from. */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** The descriptor; fails when a part is missing or the code is malformed. */
    public RuleDescriptor build() {
      return new RuleDescriptor(this);
    }
  }
}
