package org.qinglian.example;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qinglian.model.text.Localization;
import org.qinglian.spring.QinglianProperties;
import org.qinglian.validation.DatasetValidator;
import org.springframework.stereotype.Component;

/**
 * 按语言的校验器 — the shared validator for the configured language, and one each for the
 * others a request may ask for (Accept-Language), built once.
 */
@Component
class Validators {

  private final DatasetValidator standard;
  private final QinglianProperties properties;
  private final Map<Locale, DatasetValidator> byLanguage = new ConcurrentHashMap<>();

  Validators(DatasetValidator standard, QinglianProperties properties) {
    this.standard = standard;
    this.properties = properties;
  }

  DatasetValidator forLanguage(Locale requested) {
    Locale language = Localization.resolve(requested);
    if (language.equals(Localization.resolve(standard.locale()))) {
      return standard;
    }
    return byLanguage.computeIfAbsent(language, l -> {
      DatasetValidator.Builder builder = DatasetValidator.builder().locale(l)
          .showPersonalData(properties.isShowPersonalData()).maxIssues(properties.getMaxIssues());
      properties.getSeverity().forEach(builder::severity);
      properties.getSuppress().forEach(builder::suppress);
      if (properties.getAsOf() != null) {
        builder.asOf(properties.getAsOf());
      }
      return builder.build();
    });
  }
}
