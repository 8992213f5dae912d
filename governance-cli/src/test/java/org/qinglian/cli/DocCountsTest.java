package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.qinglian.validation.DatasetValidator;

/**
 * No page states a number of rules that the code does not have: every “N rules”, “N 条规则”
 * and {@code "rules" : N} in the README and docs/ equals the count of built-in rule codes.
 */
class DocCountsTest {

  private static final Pattern COUNT = Pattern.compile(
      "(\\d+) (?:rules|rule codes)\\b|(\\d+) 条规则|\"rules\" ?: ?(\\d+)|(\\d+) 條規則");

  @Test
  void everyStatedRuleCountIsTheRealOne() throws IOException {
    int rules = DatasetValidator.builder().serviceLoader(null).build().rules().size();
    Path root = Path.of(System.getProperty("qinglian.root", ".."));
    List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
    }
    List<String> wrong = new ArrayList<>();
    int seen = 0;
    for (Path page : pages) {
      Matcher m = COUNT.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        seen++;
        String number = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
            : m.group(3) != null ? m.group(3) : m.group(4);
        if (Integer.parseInt(number) != rules) {
          wrong.add(root.relativize(page) + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), wrong, "the validator has " + rules + " rule codes");
    assertTrue(seen > 0, "the check found no count at all: its pattern is broken");
  }
}
