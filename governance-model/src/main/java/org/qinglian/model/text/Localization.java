package org.qinglian.model.text;

import java.util.Locale;
import org.qinglian.model.codelist.Coded;

/**
 * 语言 — the three languages of every user-visible text: 简体中文 (zh-CN, the default),
 * 繁體中文 (zh-TW) and English. Any locale maps to one of them: Chinese written in
 * traditional characters (script {@code Hant}, or Taiwan, Hong Kong and Macao) to zh-TW,
 * other Chinese to zh-CN, everything else to English.
 */
public final class Localization {

  /** 简体中文, the default language. */
  public static final Locale SIMPLIFIED = Locale.SIMPLIFIED_CHINESE;
  /** 繁體中文. */
  public static final Locale TRADITIONAL = Locale.TRADITIONAL_CHINESE;
  /** English. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Localization() {}

  /**
   * {@return the supported language {@code locale} is answered in}
   *
   * @param locale any locale
   */
  public static Locale resolve(Locale locale) {
    if (locale == null || !locale.getLanguage().equals("zh")) {
      return locale == null ? SIMPLIFIED : ENGLISH;
    }
    String script = locale.getScript();
    String region = locale.getCountry();
    if (script.equals("Hant") || (script.isEmpty()
        && (region.equals("TW") || region.equals("HK") || region.equals("MO")))) {
      return TRADITIONAL;
    }
    return SIMPLIFIED;
  }

  /**
   * Parses a language tag as users type it ({@code zh-CN}, {@code zh_TW}, {@code en},
   * {@code zh-Hant}, {@code en_US.UTF-8}); the environment's {@code C} or {@code POSIX}
   * locale and anything unreadable give empty.
   *
   * @param tag a language tag, a POSIX locale name or anything a user typed
   * @return the locale, or empty when the tag is no language
   */
  public static java.util.Optional<Locale> parse(String tag) {
    if (tag == null) {
      return java.util.Optional.empty();
    }
    String cleaned = tag.strip();
    int dot = cleaned.indexOf('.');
    cleaned = (dot >= 0 ? cleaned.substring(0, dot) : cleaned);
    int at = cleaned.indexOf('@');
    cleaned = (at >= 0 ? cleaned.substring(0, at) : cleaned).replace('_', '-');
    if (cleaned.isEmpty() || cleaned.equalsIgnoreCase("C") || cleaned.equalsIgnoreCase("POSIX")) {
      return java.util.Optional.empty();
    }
    Locale locale = Locale.forLanguageTag(cleaned);
    return locale.getLanguage().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(locale);
  }

  /**
   * True for either Chinese.
   *
   * @param locale any locale
   * @return whether it is simplified or traditional Chinese
   */
  public static boolean isChinese(Locale locale) {
    return !resolve(locale).equals(ENGLISH);
  }

  /**
   * {@return a code list entry as {@code locale} reads it: its simplified or traditional label, or its code}
   *
   * @param coded a code list entry
   * @param locale the language wanted
   */
  public static String label(Coded coded, Locale locale) {
    Locale language = resolve(locale);
    if (language.equals(ENGLISH)) {
      return coded.code();
    }
    return language.equals(TRADITIONAL) ? coded.traditionalLabel() : coded.simplifiedLabel();
  }

  /**
   * {@return the BCP 47 tag of the language {@code locale} is answered in: {@code zh-CN}, {@code
   * zh-TW} or {@code en}}
   *
   * @param locale any locale
   */
  public static String tag(Locale locale) {
    return resolve(locale).toLanguageTag();
  }
}
