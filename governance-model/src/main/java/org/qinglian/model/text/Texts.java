package org.qinglian.model.text;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qinglian.model.codelist.Coded;

/**
 * 参数文本 — how typed message arguments read in a language and on the wire: code list
 * entries by label (or code in English), decimals without exponent, reasons rendered, long
 * values cut at 100 characters, characters text may not hold written as escapes.
 */
public final class Texts {

  private static final int MAX_VALUE_LENGTH = 100;

  private Texts() {}

  private static String cut(String text) {
    return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text;
  }

  /**
   * {@code text} with each character text may not hold (a C0 control but tab and line breaks, DEL,
   * half of a surrogate pair) written as a JSON escape (a backslash, {@code u}, four hexadecimal
   * digits): a message shows where it stands, and no report (HTML, XML, a terminal, UTF-8) has to
   * carry it.
   */
  static String visible(String text) {
    int at = org.qinglian.model.internal.Characters.firstDisallowed(text, 0);
    if (at < 0) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length() + 8);
    int from = 0;
    while (at >= 0) {
      shown.append(text, from, at).append(String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(at)));
      from = at + 1;
      at = org.qinglian.model.internal.Characters.firstDisallowed(text, from);
    }
    return shown.append(text, from, text.length()).toString();
  }

  /**
   * {@return every argument rendered for {@code locale}}
   *
   * @param arguments a message's arguments by name
   * @param locale the language wanted
   */
  public static Map<String, String> render(Map<String, ?> arguments, Locale locale) {
    Map<String, String> rendered = new LinkedHashMap<>();
    arguments.forEach((name, value) -> rendered.put(name, render(value, locale)));
    return rendered;
  }

  /**
   * {@return one argument rendered for {@code locale}}
   *
   * @param value an argument's value
   * @param locale the language wanted
   */
  public static String render(Object value, Locale locale) {
    if (value instanceof Optional<?> optional) {
      return optional.map(v -> render(v, locale)).orElse("—");
    }
    if (value instanceof Reason reason) {
      return reason.render(locale);
    }
    if (value instanceof org.qinglian.model.RecordType type && !Localization.isChinese(locale)) {
      return type.jsonName();
    }
    if (value instanceof Coded coded) {
      return Localization.label(coded, locale);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(v -> render(v, locale)).collect(Collectors.joining(", "));
    }
    return cut(visible(String.valueOf(value)));
  }

  /**
   * One argument as a language-free wire value: a {@link String}, {@link Number},
   * {@link Boolean}, a {@link java.util.List} of such, or for a reason its code (its own
   * arguments are given beside it). Code list entries give their code, dates their ISO form.
   *
   * @param value an argument's value
   * @return the wire value
   */
  public static Object wire(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(Texts::wire).orElse(null);
    }
    if (value instanceof Reason reason) {
      return reason.code();
    }
    if (value instanceof org.qinglian.model.RecordType type) {
      return type.jsonName();
    }
    if (value instanceof Coded coded) {
      return coded.code();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(Texts::wire).collect(Collectors.toUnmodifiableList());
    }
    return cut(visible(String.valueOf(value)));
  }
}
