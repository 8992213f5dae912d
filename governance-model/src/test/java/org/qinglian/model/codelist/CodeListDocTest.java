package org.qinglian.model.codelist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qinglian.model.ModelClasses;
import org.qinglian.model.accountability.AccountabilityMeasure;
import org.qinglian.model.indicator.Metric;
import org.qinglian.model.unit.UnitCategory;
import org.qinglian.model.unit.UnitCategoryCatalogue;

/**
 * {@code docs/code-lists.md} is generated from the code lists; this test fails when it is
 * stale. Regenerate with {@code mvn -B -pl governance-model test -Dtest=CodeListDocTest
 * -Dqinglian.updateDocs=true}.
 */
class CodeListDocTest {

  @Test
  void theCodeListReferenceIsCurrent() throws IOException {
    Path file = Path.of(System.getProperty("qinglian.root", "..")).resolve("docs/code-lists.md");
    String expected = render();
    if (Boolean.getBoolean("qinglian.updateDocs")) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "",
        "docs/code-lists.md is stale: regenerate it (see this test's Javadoc)");
  }

  static String render() {
    StringBuilder out = new StringBuilder();
    out.append("# Code lists (代码表)\n\n")
        .append("Generated from `governance-model` by `CodeListDocTest`; do not edit by hand.\n")
        .append("Readers accept the code (any case), the simplified label, the traditional label or an alias;\n")
        .append("writers write the code.\n\n");
    out.append("## UnitCategory — 清廉单元类别 (open list; standard catalogue)\n\n")
        .append("| code | 简体 | 繁體 | parent | aliases |\n| --- | --- | --- | --- | --- |\n");
    for (UnitCategory c : UnitCategoryCatalogue.standard().all()) {
      out.append("| `").append(c.code()).append("` | ").append(c.simplifiedLabel()).append(" | ")
          .append(c.traditionalLabel()).append(" | ").append(c.parentCode().orElse("")).append(" | ")
          .append(String.join(", ", c.aliases())).append(" |\n");
    }
    for (Class<?> type : ModelClasses.all()) {
      if (!type.isEnum() || !Coded.class.isAssignableFrom(type)) {
        continue;
      }
      String javadocTitle = type.getSimpleName();
      out.append("\n## ").append(javadocTitle).append(" (`").append(type.getName()).append("`)\n\n");
      boolean measures = type == AccountabilityMeasure.class;
      boolean metrics = type == Metric.class;
      out.append("| code | 简体 | 繁體 | aliases |")
          .append(measures ? " forms | subject | term |" : metrics ? " unit | range |" : "")
          .append("\n| --- | --- | --- | --- |")
          .append(measures ? " --- | --- | --- |" : metrics ? " --- | --- |" : "")
          .append('\n');
      for (Object constant : type.getEnumConstants()) {
        Coded entry = (Coded) constant;
        out.append("| `").append(entry.code()).append("` | ").append(entry.simplifiedLabel()).append(" | ")
            .append(entry.traditionalLabel()).append(" | ").append(String.join(", ", entry.aliases())).append(" |");
        if (constant instanceof AccountabilityMeasure m) {
          out.append(' ').append(m.allowedForms().stream().map(Enum::name).collect(Collectors.joining(", ")))
              .append(" | ").append(m.subjectType()).append(" | ")
              .append(m.term().map(t -> t.toTotalMonths() + " months").orElse("")).append(" |");
        }
        if (constant instanceof Metric m) {
          out.append(' ').append(m.unitOfMeasureZh()).append(" | ").append(m.min().toPlainString())
              .append(" – ").append(m.max().toPlainString()).append(" |");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
