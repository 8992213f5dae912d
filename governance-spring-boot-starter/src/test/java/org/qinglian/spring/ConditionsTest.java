package org.qinglian.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qinglian.validation.DatasetValidator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's own beans win; without the SDK on the classpath the starter does nothing. */
class ConditionsTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(QinglianAutoConfiguration.class));

  @Configuration(proxyBeanMethods = false)
  static class Own {
    static final DatasetValidator MINE = DatasetValidator.builder().locale(java.util.Locale.ENGLISH).build();

    @Bean
    DatasetValidator myValidator() {
      return MINE;
    }
  }

  @Test
  void theApplicationsValidatorWins() {
    runner.withUserConfiguration(Own.class).run(context -> {
      assertThat(context).hasSingleBean(DatasetValidator.class);
      assertThat(context.getBean(DatasetValidator.class)).isSameAs(Own.MINE);
    });
  }

  @Test
  void theDefaultsComeFromTheProperties() {
    runner.withPropertyValues("qinglian.locale=zh-TW", "qinglian.limits.max-zip-entries=10").run(context -> {
      assertThat(context.getBean(DatasetValidator.class).locale()).isEqualTo(java.util.Locale.TRADITIONAL_CHINESE);
      assertThat(context.getBean(org.qinglian.io.ReadOptions.class).limits().maxZipEntries()).isEqualTo(10);
      assertThat(context).hasSingleBean(org.qinglian.jackson3.QinglianModule.class);
    });
  }

  @Test
  void nothingWithoutTheSdk() {
    runner.withClassLoader(new FilteredClassLoader(DatasetValidator.class))
        .run(context -> assertThat(context).doesNotHaveBean("qinglianDatasetValidator"));
  }
}
