package org.qinglian.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.qinglian.model.text.Localization;

/**
 * Every built-in rule has its title, description, message and basis in zh-CN, zh-TW and en.
 * {@link RuleDescriptor} no longer reads the engine's bundles when a validator is built (a short
 * run paid for it), so this is where a missing text is caught.
 */
class BuiltInTextsTest {

  private static final Locale[] LANGUAGES = {Localization.SIMPLIFIED, Localization.TRADITIONAL, Localization.ENGLISH};

  @Test
  void everyBuiltInRuleHasEveryTextInEachLanguage() {
    List<RuleDescriptor> descriptors = new ArrayList<>();
    BuiltInRules.create(new FieldConstraints(Locale.ROOT), false).forEach(rule -> descriptors.addAll(rule.descriptors()));
    assertTrue(descriptors.size() > 30, descriptors.toString());
    List<String> missing = new ArrayList<>();
    for (RuleDescriptor descriptor : descriptors) {
      for (Locale language : LANGUAGES) {
        for (int part = 0; part < 4; part++) {
          try {
            assertFalse(descriptor.text(part, language).isBlank(), descriptor.code() + " part " + part + " in " + language);
          } catch (MissingResourceException e) {
            missing.add(descriptor.code() + " part " + part + " in " + language);
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void aPluginBundleWithoutTheTextsIsRefusedWhenTheDescriptorIsBuilt() {
    org.qinglian.model.text.MessageBundle empty = org.qinglian.model.text.MessageBundle.of(
        "org.qinglian.validation.messages", BuiltInTextsTest.class.getClassLoader());
    org.junit.jupiter.api.Assertions.assertThrows(MissingResourceException.class,
        () -> RuleDescriptor.builder("NO_SUCH_RULE_TEXTS").severity(Severity.WARNING).bundle(empty).build());
  }
}
