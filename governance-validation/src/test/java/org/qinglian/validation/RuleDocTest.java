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
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    Locale tw = Locale.TRADITIONAL_CHINESE;
    Locale en = Locale.ENGLISH;
    StringBuilder out = new StringBuilder();
    out.append("# Rules (校验规则)\n\n")
        .append("Generated from the rule metadata by `RuleDocTest`; do not edit by hand. There are ")
        .append(validator.rules().size()).append(" rule codes.\n\n")
        .append("Every issue carries one of these stable codes. Severities are defaults: a validator can change\n")
        .append("them (`DatasetValidator.Builder.severity`) or drop a code (`suppress`). ERROR means the exchange\n")
        .append("must be rejected, WARNING accept but tell, INFO for information. Texts come from the bundles\n")
        .append("`org/qinglian/validation/messages*.properties` (zh-CN, zh-TW, en); the arguments each message\n")
        .append("names are also in the JSON report (`docs/report.schema.json`).\n\n")
        .append("| code | severity | 规则 | 規則 | rule |\n| --- | --- | --- | --- | --- |\n");
    for (RuleDescriptor rule : validator.rules()) {
      out.append("| [`").append(rule.code()).append("`](#").append(rule.code().toLowerCase(Locale.ROOT)).append(") | ")
          .append(rule.defaultSeverity()).append(" | ").append(rule.title(zh)).append(" | ")
          .append(rule.title(tw)).append(" | ").append(rule.title(en)).append(" |\n");
    }
    for (RuleDescriptor rule : validator.rules()) {
      out.append("\n## ").append(rule.code()).append("\n\n")
          .append("**").append(rule.defaultSeverity()).append("** · ").append(rule.title(zh))
          .append(" · ").append(rule.title(en)).append("\n\n")
          .append(rule.description(zh)).append("\n\n")
          .append(rule.description(en)).append("\n\n")
          .append("- message (zh-CN): `").append(rule.messageTemplate(zh)).append("`\n")
          .append("- message (zh-TW): `").append(rule.messageTemplate(tw)).append("`\n")
          .append("- message (en): `").append(rule.messageTemplate(en)).append("`\n")
          .append("- 依据: ").append(rule.basis(zh)).append('\n')
          .append("- basis: ").append(rule.basis(en)).append('\n');
    }
    return out.toString();
  }

  private static boolean hasHan(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
