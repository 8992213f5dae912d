package org.qinglian.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.qinglian.model.text.Localization;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/** What every report needs: the outcome, the rules behind it, the input, the time taken and the language. */
record ReportContext(ValidationReport report, DatasetValidator validator, Path input, double seconds, Locale locale) {

  /** A report label in the report's language. */
  String text(String key, Object... namesAndValues) {
    return CliTexts.get(locale, key, namesAndValues);
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
}
