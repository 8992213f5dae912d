package org.qinglian.validation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qinglian.model.RecordType;
import org.qinglian.model.codelist.Coded;

/**
 * Renders message arguments and fills templates. Arguments are inserted as plain text:
 * a value such as {@code ${1+1}} or {@code {path}} from a file is never evaluated or
 * expanded, because filling happens in one pass over the template only.
 */
final class Messages {

  private static final int MAX_VALUE_LENGTH = 100;

  private Messages() {}

  static Map<String, String> render(Map<String, Object> args, Locale locale) {
    Map<String, String> rendered = new LinkedHashMap<>();
    args.forEach((name, value) -> rendered.put(name, render(value, locale)));
    return rendered;
  }

  static String render(Object value, Locale locale) {
    if (value instanceof Optional<?> optional) {
      return optional.map(v -> render(v, locale)).orElse("—");
    }
    if (value instanceof RecordType type) {
      return RuleDescriptor.isChinese(locale) ? type.simplifiedLabel() : type.jsonName();
    }
    if (value instanceof Coded coded) {
      return RuleDescriptor.isChinese(locale) ? coded.simplifiedLabel() : coded.code();
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

  /** Replaces each {@code {name}} of the template once; unknown names stay as written. */
  static String format(String template, Map<String, String> args) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String value = args.get(template.substring(i + 1, close));
        if (value != null) {
          out.append(value);
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
