package org.qinglian.validation;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.qinglian.model.text.Localization;
import org.qinglian.model.text.MessageBundle;

/**
 * 规则说明 — the metadata of one rule code: its stable code, default severity, and in each
 * language (简体中文, 繁體中文, English) its title, description, the message template of its
 * issues, and its basis — the regulation, national standard or public document it rests on.
 *
 * <p>Texts come from a {@link MessageBundle} with the keys {@code rule.CODE.title},
 * {@code rule.CODE.description}, {@code rule.CODE.message} and {@code rule.CODE.basis}
 * (see {@code docs/adding-a-rule.md}); a custom rule may instead give simplified Chinese and
 * English text to the builder, and then reads simplified Chinese under zh-TW. Message
 * templates name their arguments in braces, {@code {value}}; arguments are substituted as
 * plain text, never evaluated.
 */
public final class RuleDescriptor {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
  private static final MessageBundle BUILT_IN = MessageBundle.beside(RuleDescriptor.class);

  private final String code;
  private final Severity defaultSeverity;
  private final MessageBundle bundle;
  private final String[] chinese;
  private final String[] english;

  private RuleDescriptor(Builder b) {
    this.code = Objects.requireNonNull(b.code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("rule code must match [A-Z][A-Z0-9_]*: " + code);
    }
    this.defaultSeverity = Objects.requireNonNull(b.severity, "severity of " + code);
    this.bundle = b.bundle;
    if (bundle != null) {
      // A plugin's bundle is checked now, so that a missing text fails here and not in the middle
      // of a report. The engine's own is checked by its tests (BuiltInTextsTest): reading its
      // three languages at every start cost a short command-line run about 8 ms.
      if (bundle != BUILT_IN) {
        for (String part : PARTS) {
          for (Locale locale : new Locale[] {Localization.SIMPLIFIED, Localization.TRADITIONAL, Localization.ENGLISH}) {
            bundle.text(locale, key(part));
          }
        }
      }
      this.chinese = null;
      this.english = null;
    } else {
      this.chinese = new String[] {
          Objects.requireNonNull(b.titleZh, "Chinese title of " + code),
          Objects.requireNonNull(b.descriptionZh, "Chinese description of " + code),
          Objects.requireNonNull(b.messageZh, "Chinese message of " + code),
          Objects.requireNonNull(b.source, "source of " + code)};
      this.english = new String[] {
          Objects.requireNonNull(b.titleEn, "English title of " + code),
          Objects.requireNonNull(b.descriptionEn, "English description of " + code),
          Objects.requireNonNull(b.messageEn, "English message of " + code),
          b.source};
    }
  }

  private static final String[] PARTS = {"title", "description", "message", "basis"};

  /**
   * {@return a builder for the descriptor of {@code code}}
   *
   * @param code the rule's stable code, upper case with underscores
   */
  public static Builder builder(String code) {
    return new Builder(code);
  }

  /** A built-in rule's descriptor, its texts from the engine's own bundle. */
  static RuleDescriptor builtIn(String code, Severity severity) {
    return builder(code).severity(severity).bundle(BUILT_IN).build();
  }

  /** {@return the stable code, for example {@code REF_MISSING}} */
  public String code() {
    return code;
  }

  /** {@return the severity unless the validator overrides it} */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * {@return the title in {@code locale}'s language}
   *
   * @param locale the language wanted
   */
  public String title(Locale locale) {
    return text(0, locale);
  }

  /**
   * {@return what the rule checks and why, in {@code locale}'s language}
   *
   * @param locale the language wanted
   */
  public String description(Locale locale) {
    return text(1, locale);
  }

  /**
   * {@return the message template of its issues, in {@code locale}'s language}
   *
   * @param locale the language wanted
   */
  public String messageTemplate(Locale locale) {
    return text(2, locale);
  }

  /**
   * {@return the regulation, national standard or public document the rule rests on, in {@code
   * locale}'s language}
   *
   * @param locale the language wanted
   */
  public String basis(Locale locale) {
    return text(3, locale);
  }

  /** {@return the basis in simplified Chinese; see {@link #basis(Locale)}} */
  public String source() {
    return basis(Localization.SIMPLIFIED);
  }

  String text(int part, Locale locale) {
    if (bundle != null) {
      return bundle.text(locale, key(PARTS[part]));
    }
    return Localization.isChinese(locale) ? chinese[part] : english[part];
  }

  private String key(String part) {
    return "rule." + code + "." + part;
  }

  /** The label of {@code severity} in {@code locale}'s language. */
  static String label(Severity severity, Locale locale) {
    return BUILT_IN.text(locale, "severity." + severity.name());
  }

  /** The engine's own bundle. */
  static MessageBundle bundle() {
    return BUILT_IN;
  }

  @Override
  public String toString() {
    return code + " (" + defaultSeverity + ")";
  }

  /** 规则说明构建器 — builds a {@link RuleDescriptor}; a bundle, or every text part, is required. */
  public static final class Builder {
    private final String code;
    private Severity severity;
    private MessageBundle bundle;
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

    /**
     * The default severity.
     *
     * @param severity the severity, unless a validator overrides it
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Texts in the three languages from {@code bundle}: {@code rule.CODE.title},
     * {@code .description}, {@code .message} and {@code .basis}. Checked when built.
     *
     * @param bundle the bundle holding the rule's texts
     * @return this builder
     */
    public Builder bundle(MessageBundle bundle) {
      this.bundle = bundle;
      return this;
    }

    /**
     * The title, simplified Chinese then English.
     *
     * @param zh the text in simplified Chinese (zh-TW reads it too)
     * @param en the text in English
     * @return this builder
     */
    public Builder title(String zh, String en) {
      this.titleZh = zh;
      this.titleEn = en;
      return this;
    }

    /**
     * The description, simplified Chinese then English.
     *
     * @param zh the text in simplified Chinese (zh-TW reads it too)
     * @param en the text in English
     * @return this builder
     */
    public Builder description(String zh, String en) {
      this.descriptionZh = zh;
      this.descriptionEn = en;
      return this;
    }

    /**
     * The message template, simplified Chinese then English.
     *
     * @param zh the text in simplified Chinese (zh-TW reads it too)
     * @param en the text in English
     * @return this builder
     */
    public Builder message(String zh, String en) {
      this.messageZh = zh;
      this.messageEn = en;
      return this;
    }

    /**
     * The regulation, standard or public document the rule rests on (one text for every language).
     *
     * @param source the text naming it
     * @return this builder
     */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** {@return the descriptor; fails when a part is missing or the code is malformed} */
    public RuleDescriptor build() {
      return new RuleDescriptor(this);
    }
  }
}
