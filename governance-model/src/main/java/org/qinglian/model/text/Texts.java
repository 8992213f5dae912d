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
 * values cut at 100 characters.
 */
public final class Texts {

  private static final int MAX_VALUE_LENGTH = 100;

  private Texts() {}

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
    String text = String.valueOf(value);
    return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text;
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
    String text = String.valueOf(value);
    return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text;
  }
}
