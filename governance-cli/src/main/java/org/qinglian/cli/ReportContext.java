package org.qinglian.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/** What every report needs: the outcome, the rules behind it, the input and the time taken. */
record ReportContext(ValidationReport report, DatasetValidator validator, Path input, double seconds, Locale locale) {

  boolean chinese() {
    return locale.getLanguage().equals("zh");
  }
}
