package org.qinglian.spring;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.qinglian.model.text.Localization;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * 请求语言插值 — fills Bean Validation messages in the language of the current request
 * (Spring's {@link LocaleContextHolder}: {@code Accept-Language} in a web request), mapped to
 * one of the SDK's three (zh-CN, zh-TW, en: {@code en-US} reads English, {@code zh-HK}
 * traditional Chinese).
 */
final class RequestLanguageInterpolator implements MessageInterpolator {

  private final MessageInterpolator delegate;

  RequestLanguageInterpolator(MessageInterpolator delegate) {
    this.delegate = delegate;
  }

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, LocaleContextHolder.getLocale());
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    return delegate.interpolate(template, context, Localization.resolve(locale));
  }
}
