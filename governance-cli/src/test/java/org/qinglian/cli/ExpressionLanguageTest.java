package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No expression language is ever evaluated on data: {@code ${…}} and {@code #{…}} put into every
 * text field of a file come back verbatim in the messages, and never as their value.
 */
class ExpressionLanguageTest {

  @TempDir
  Path dir;

  /** Every text field of the format, by the record type whose first record carries it. */
  static final Map<String, List<String>> TEXT_FIELDS = Map.of(
      "units", List.of("name"),
      "tasks", List.of("title", "source"),
      "inspections", List.of("topic"),
      "findings", List.of("description", "measures"),
      "actions", List.of("position"),
      "assessmentSchemes", List.of("title"),
      "assessments", List.of("grade", "vetoReason"));

  @Test
  void everyTextFieldKeepsItsExpressionsVerbatim() throws IOException {
    String sample = Files.readString(ValidateCommandTest.ROOT.resolve("samples/data/xianyang-2022.json"),
        StandardCharsets.UTF_8);
    for (String payload : new String[] {"${1+1}", "#{1+1}", "${''.getClass().forName('java.lang.Runtime')}"}) {
      String text = sample;
      int replaced = 0;
      for (List<String> fields : TEXT_FIELDS.values()) {
        for (String field : fields) {
          // Too long for its field, so that FIELD_INVALID quotes the value back.
          Matcher matcher = Pattern.compile("\"" + field + "\" : \"([^\"]*)\"").matcher(text);
          if (matcher.find()) {
            text = text.substring(0, matcher.start(1)) + payload.replace("\\", "\\\\") + "x".repeat(2_100)
                + text.substring(matcher.end(1));
            replaced++;
          }
        }
      }
      assertTrue(replaced >= 9, "the sample carries the text fields: " + replaced);
      Path file = dir.resolve("el.json");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      for (String locale : new String[] {"en", "zh-CN"}) {
        Cli cli = Cli.run("validate", file.toString(), "--format", "json", "--locale", locale);
        long quoted = Pattern.compile(Pattern.quote(payload.replace("'", "'"))).matcher(cli.out).results().count();
        assertTrue(quoted >= replaced, () -> payload + " quoted " + quoted + " times in\n" + cli.out);
        assertFalse(cli.out.contains("\"2x"), "never evaluated");
      }
    }
  }
}
