package org.qinglian.report;

import java.util.Locale;
import java.util.Map;
import org.qinglian.model.text.Localization;
import org.qinglian.model.text.MessageBundle;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/** What every report needs: the outcome, the rules behind it, the input, the time taken, the language and the tool. */
record ReportContext(ValidationReport report, DatasetValidator validator, String input, double seconds, Locale locale,
    String toolName, String toolVersion, java.util.function.Supplier<java.util.Optional<FallbackFont>> fallbackFont) {

  static final MessageBundle TEXTS = MessageBundle.beside(ReportContext.class);

  /** A report label in the report's language. */
  String text(String key, Object... namesAndValues) {
    Map<String, Object> arguments = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return TEXTS.format(locale, key, arguments);
  }

  /**
   * The time taken with two decimals ({@code 0.12}), as {@code %.2f} in the root locale would
   * write it, without {@code java.util.Formatter}: its locale data cost a short run about 5 ms.
   */
  String secondsText() {
    return java.math.BigDecimal.valueOf(seconds).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** A code list entry or record type as this language names it. */
  String label(org.qinglian.model.codelist.Coded coded) {
    if (coded instanceof org.qinglian.model.RecordType type && !Localization.isChinese(locale)) {
      return type.jsonName();
    }
    return Localization.label(coded, locale);
  }

  /** {@code zh-CN}, {@code zh-TW} or {@code en}. */
  String languageTag() {
    return Localization.tag(locale);
  }

  /** “qinglian 0.2.0”. */
  String tool() {
    return toolName + " " + toolVersion;
  }

  /** The input's last path segment, for titles. */
  String inputName() {
    String name = input.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }
}
