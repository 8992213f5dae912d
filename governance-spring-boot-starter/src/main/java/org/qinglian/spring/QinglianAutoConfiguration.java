package org.qinglian.spring;

import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.qinglian.io.ReadLimits;
import org.qinglian.io.ReadOptions;
import org.qinglian.validation.DatasetValidator;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * 自动配置 — what the starter gives a Spring Boot application: a shared
 * {@link DatasetValidator} and {@link ReadOptions} from {@code qinglian.*} (beans the
 * application defines itself win); the Jackson module on Boot's mapper (Jackson 3 on Boot 4,
 * Jackson 2 on Boot 3.5); Spring's Bean Validation filling messages without expression
 * language, in the request's language. Nothing is component-scanned; every bean stands on a
 * condition.
 */
@AutoConfiguration
@ConditionalOnClass(DatasetValidator.class)
@EnableConfigurationProperties(QinglianProperties.class)
public class QinglianAutoConfiguration {

  /** Made by Spring Boot when the starter is on the class path. */
  public QinglianAutoConfiguration() {}

  /**
   * {@return the validator: immutable, thread-safe, shared by every request}
   *
   * @param properties the {@code qinglian.*} properties
   */
  @Bean
  @ConditionalOnMissingBean
  public DatasetValidator qinglianDatasetValidator(QinglianProperties properties) {
    DatasetValidator.Builder builder = DatasetValidator.builder()
        .locale(properties.getLocale())
        .showPersonalData(properties.isShowPersonalData())
        .maxIssues(properties.getMaxIssues())
        .maxIssuesPerCode(Math.min(properties.getMaxIssues(), 1_000));
    properties.getSeverity().forEach(builder::severity);
    properties.getSuppress().forEach(builder::suppress);
    if (properties.getAsOf() != null) {
      builder.asOf(properties.getAsOf());
    }
    return builder.build();
  }

  /**
   * {@return how uploads and files are read: the read limits of {@code qinglian.limits.*}}
   *
   * @param properties the {@code qinglian.*} properties
   */
  @Bean
  @ConditionalOnMissingBean
  public ReadOptions qinglianReadOptions(QinglianProperties properties) {
    QinglianProperties.Limits limits = properties.getLimits();
    return ReadOptions.builder().limits(ReadLimits.defaults()
        .withMaxRecordsPerFile(limits.getMaxRecordsPerFile())
        .withMaxStringLength(limits.getMaxStringLength())
        .withZip(limits.getMaxZipEntries(), limits.getMaxZipBytes(), limits.getMaxZipRatio())).build();
  }

  /** Boot 4 registers every {@code tools.jackson.databind.JacksonModule} bean with its JsonMapper. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
  static class Jackson3 {
    @Bean
    @ConditionalOnMissingBean
    org.qinglian.jackson3.QinglianModule qinglianJackson3Module() {
      return new org.qinglian.jackson3.QinglianModule();
    }
  }

  /** Boot 3.5 registers every {@code com.fasterxml.jackson.databind.Module} bean with its ObjectMapper. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "com.fasterxml.jackson.databind.Module")
  static class Jackson2 {
    @Bean
    @ConditionalOnMissingBean
    org.qinglian.jackson.QinglianModule qinglianJackson2Module() {
      return new org.qinglian.jackson.QinglianModule();
    }
  }

  /**
   * Spring's validator (and so {@code @Valid}) fills messages with Hibernate Validator's
   * {@link ParameterMessageInterpolator}, never evaluating expression language, in the locale
   * of the request (Spring's {@code LocaleContextHolder}).
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({LocalValidatorFactoryBean.class, ParameterMessageInterpolator.class})
  @ConditionalOnProperty(prefix = "qinglian.validation", name = "parameter-messages", matchIfMissing = true)
  static class ExpressionFreeMessages {
    @Bean
    static BeanPostProcessor qinglianMessageInterpolation() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessBeforeInitialization(Object bean, String name) {
          if (bean instanceof LocalValidatorFactoryBean factory) {
            factory.setMessageInterpolator(new RequestLanguageInterpolator(new ParameterMessageInterpolator(
                Set.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH),
                Locale.SIMPLIFIED_CHINESE, false)));
          }
          return bean;
        }
      };
    }
  }
}
