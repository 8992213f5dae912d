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

/**
 * Every public type of every module — nested ones too — opens its Javadoc with the Chinese
 * term (the project's quality bar). This reads the sources of the whole repository, so it sits
 * in the module built last that depends on the others.
 */
class JavadocTermsTest {

  private static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^[ \\t]*public\\s+"
      + "(?:(?:abstract|final|sealed|non-sealed|static)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

  @Test
  void everyPublicTypeGivesItsChineseTerm() throws IOException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(ValidateCommandTest.ROOT)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src/main/java"))
          .filter(p -> !p.toString().contains("/target/")).toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Matcher type = PUBLIC_TYPE.matcher(source);
        while (type.find()) {
          checked++;
          if (!hasChineseJavadoc(source.substring(0, type.start()))) {
            missing.add(ValidateCommandTest.ROOT.relativize(file) + ": " + type.group(1));
          }
        }
      }
    }
    assertTrue(checked > 100, "checked " + checked);
    assertEquals(List.of(), missing, "public types whose Javadoc lacks the Chinese term");
  }

  /** The Javadoc right before a declaration (annotations may stand between) holds Han text. */
  static boolean hasChineseJavadoc(String before) {
    int end = before.lastIndexOf("*/");
    int start = before.lastIndexOf("/**");
    if (start < 0 || end < start) {
      return false;
    }
    String between = before.substring(end + 2);
    for (String previous = null; !between.equals(previous); ) {
      previous = between;
      between = PARENTHESES.matcher(between).replaceAll("");
    }
    boolean onlyAnnotations = between.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("@"));
    return onlyAnnotations && before.substring(start, end).codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  @Test
  void theCheckSeesWhatItShould() {
    assertTrue(hasChineseJavadoc("/** 清廉单元 — a unit. */\n@Value.Immutable\n@Style(a = {\"x\"})\n"));
    assertTrue(!hasChineseJavadoc("/** A unit. */\n"));
    assertTrue(!hasChineseJavadoc("/** 清廉单元 — a unit. */\nclass Other {}\n"));
    assertTrue(!hasChineseJavadoc("class Other {}\n"));
  }
}
