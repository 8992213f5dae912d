package org.qinglian.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the rule metadata; this test fails when it is
 * stale. Regenerate with {@code mvn -B -pl governance-validation -am test -Dtest=RuleDocTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dqinglian.updateDocs=true}.
 */
class RuleDocTest {

  private static final DatasetValidator VALIDATOR = DatasetValidator.builder().serviceLoader(null).build();

  @Test
  void everyCodeHasChineseAndEnglishTexts() {
    for (RuleDescriptor rule : VALIDATOR.rules()) {
      for (String zh : new String[] {rule.title(Locale.SIMPLIFIED_CHINESE), rule.description(Locale.CHINESE),
          rule.messageTemplate(Locale.SIMPLIFIED_CHINESE)}) {
        assertTrue(hasHan(zh), rule.code() + ": " + zh);
      }
      for (String en : new String[] {rule.title(Locale.ENGLISH), rule.description(Locale.ENGLISH),
          rule.messageTemplate(Locale.ENGLISH)}) {
        assertFalse(hasHan(en), rule.code() + ": " + en);
        assertFalse(en.isBlank(), rule.code());
      }
      assertFalse(rule.source().isBlank(), rule.code());
    }
  }

  @Test
  void theRuleReferenceIsCurrent() throws IOException {
    Path file = Path.of(System.getProperty("qinglian.root", "..")).resolve("docs/rules.md");
    String expected = render(VALIDATOR);
    if (Boolean.getBoolean("qinglian.updateDocs")) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "",
        "docs/rules.md is stale: regenerate it (see this test's Javadoc)");
  }

  static String render(DatasetValidator validator) {
    StringBuilder out = new StringBuilder();
    out.append("# Rules (校验规则)\n\n")
        .append("Generated from the rule metadata by `RuleDocTest`; do not edit by hand.\n\n")
        .append("Every issue carries one of these stable codes. Severities are defaults: a validator can change\n")
        .append("them (`DatasetValidator.Builder.severity`) or drop a code (`suppress`). ERROR means the exchange\n")
        .append("must be rejected, WARNING accept but tell, INFO for information.\n\n")
        .append("| code | severity | 规则 | rule |\n| --- | --- | --- | --- |\n");
    for (RuleDescriptor rule : validator.rules()) {
      out.append("| [`").append(rule.code()).append("`](#").append(rule.code().toLowerCase(Locale.ROOT)).append(") | ")
          .append(rule.defaultSeverity()).append(" | ").append(rule.title(Locale.SIMPLIFIED_CHINESE)).append(" | ")
          .append(rule.title(Locale.ENGLISH)).append(" |\n");
    }
    for (RuleDescriptor rule : validator.rules()) {
      out.append("\n## ").append(rule.code()).append("\n\n")
          .append("**").append(rule.defaultSeverity()).append("** · ").append(rule.title(Locale.SIMPLIFIED_CHINESE))
          .append(" · ").append(rule.title(Locale.ENGLISH)).append("\n\n")
          .append(rule.description(Locale.SIMPLIFIED_CHINESE)).append("\n\n")
          .append(rule.description(Locale.ENGLISH)).append("\n\n")
          .append("- message (zh): `").append(rule.messageTemplate(Locale.SIMPLIFIED_CHINESE)).append("`\n")
          .append("- message (en): `").append(rule.messageTemplate(Locale.ENGLISH)).append("`\n")
          .append("- source: ").append(rule.source()).append('\n');
    }
    return out.toString();
  }

  private static boolean hasHan(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
