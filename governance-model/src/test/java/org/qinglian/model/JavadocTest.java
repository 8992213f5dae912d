package org.qinglian.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of the model opens its Javadoc with Chinese: the domain term
 * it models (the quality bar of the project). Internal and constraint-plumbing types are
 * held to it too.
 */
class JavadocTest {

  private static final Pattern DECLARATION = Pattern.compile(
      "(?m)^public\\s+(?:(?:abstract|final|sealed|non-sealed)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)");

  @Test
  void everyPublicTypeGivesItsChineseTerm() throws IOException {
    Path sources = Path.of("src/main/java");
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : ModelClasses.all()) {
      if (!Modifier.isPublic(type.getModifiers()) || type.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      Path file = sources.resolve(type.getName().replace('.', '/') + ".java");
      String source = Files.readString(file, StandardCharsets.UTF_8);
      Matcher matcher = DECLARATION.matcher(source);
      boolean found = false;
      if (matcher.find() && matcher.group(1).equals(type.getSimpleName())) {
        String before = source.substring(0, matcher.start());
        int start = before.lastIndexOf("/**");
        String javadoc = start < 0 ? "" : before.substring(start, before.indexOf("*/", start));
        found = javadoc.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
      }
      checked++;
      if (!found) {
        missing.add(type.getName());
      }
    }
    assertTrue(checked > 40, "checked " + checked);
    assertEquals(List.of(), missing, "public types whose Javadoc lacks the Chinese term");
  }
}
