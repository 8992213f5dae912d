package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.text.Localization;
import org.qinglian.samples.Mutation;
import org.qinglian.samples.Mutations;
import org.qinglian.samples.SampleDatasets;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.Issue;
import org.qinglian.validation.ValidationReport;

/**
 * What a person reads: every rule code triggered (one mutation each, through a file), its
 * messages in zh-CN free of English phrases, in zh-TW free of simplified characters, in
 * English free of Chinese — once the values taken from the data are set aside. And the
 * command line's help and usage errors follow --locale and the environment.
 */
class ReportLanguageTest {

  @TempDir
  Path dir;

  @Test
  void messagesOfEveryRuleAreInTheReadersLanguage() throws IOException {
    Set<Integer> simplified = MessageBundleTest.simplifiedOnly();
    List<String> problems = new ArrayList<>();
    Set<String> seen = new java.util.TreeSet<>();
    for (Locale language : new Locale[] {Localization.SIMPLIFIED, Localization.TRADITIONAL, Localization.ENGLISH}) {
      DatasetValidator validator = DatasetValidator.builder().locale(language).build();
      for (Mutation mutation : Mutations.all()) {
        for (Issue issue : validate(mutation, validator).issues()) {
          seen.add(issue.code());
          String text = withoutValues(issue);
          if (language.equals(Localization.ENGLISH)) {
            if (text.codePoints().anyMatch(MessageBundleTest::isHan)) {
              problems.add("en " + issue + " → " + text);
            }
            continue;
          }
          MessageBundleTest.englishPhrase(text).ifPresent(p -> problems.add(language + " " + issue + " → " + p));
          if (language.equals(Localization.TRADITIONAL) && text.codePoints().anyMatch(simplified::contains)) {
            problems.add("zh-TW simplified characters in " + issue);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(new java.util.TreeSet<>(Mutations.codes()), seen, "every code was read in every language");
  }

  private ValidationReport validate(Mutation mutation, DatasetValidator validator) throws IOException {
    Path file = dir.resolve(mutation.code() + ".jsonl");
    ExchangeWriter.write(SampleDatasets.xianyang2022(), file, ExchangeFormat.JSON_LINES, WriteOptions.defaults());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (mutation.isFileLevel()) {
      Files.write(file, mutation.applyToJsonLines(lines), StandardCharsets.UTF_8);
    } else {
      ExchangeWriter.write(mutation.apply(SampleDatasets.xianyang2022()), file, ExchangeFormat.JSON_LINES,
          WriteOptions.defaults());
    }
    return ExchangeReader.validate(file, ReadOptions.defaults(), validator);
  }

  /** The message with every value that came from the data (ids, codes, dates, paths, amounts) taken out. */
  private static String withoutValues(Issue issue) {
    String text = issue.message();
    List<String> values = new ArrayList<>();
    issue.arguments().values().forEach(v -> {
      if (v instanceof List<?> list) {
        list.forEach(item -> values.add(String.valueOf(item)));
      } else {
        values.add(String.valueOf(v));
      }
    });
    issue.path().ifPresent(values::add);
    values.sort((a, b) -> b.length() - a.length());
    for (String value : values) {
      if (!value.isEmpty()) {
        text = text.replace(value, " ");
      }
    }
    return text;
  }

  @Test
  void helpSpeaksChineseByDefaultAndFollowsLocaleAndEnvironment() {
    Cli zh = Cli.run("--help");
    assertEquals(0, zh.status);
    assertTrue(zh.out.contains("用法：") && zh.out.contains("校验、转换和生成"), zh.out);
    Cli en = Cli.run("--locale", "en", "validate", "--help");
    assertTrue(en.out.contains("Usage:") && en.out.contains("Report format"), en.out);
    Cli tw = Cli.run("validate", "--help", "--locale=zh-TW");
    assertTrue(tw.out.contains("報告格式"), tw.out);
    Cli fromLang = Cli.runIn(Map.of("LANG", "en_US.UTF-8"), "--help");
    assertTrue(fromLang.out.contains("Usage:"), fromLang.out);
    Cli fromLcAll = Cli.runIn(Map.of("LC_ALL", "zh_TW.UTF-8", "LANG", "en_US.UTF-8"), "--help");
    assertTrue(fromLcAll.out.contains("用法："), fromLcAll.out);
    Cli posix = Cli.runIn(Map.of("LANG", "C.UTF-8"), "--help");
    assertTrue(posix.out.contains("用法："), "C means no preference: the default language\n" + posix.out);
    for (Cli cli : List.of(zh, tw)) {
      assertFalse(MessageBundleTest.englishPhrase(cli.out.replaceAll("(?m)^.*(用法：|--[a-z]).*$", "")).isPresent(),
          cli.out);
    }
  }

  @Test
  void usageErrorsAreOneLineInTheChosenLanguage() {
    Cli zh = Cli.run("validate", "x.json", "--as-of", "2022-13-45");
    assertEquals(2, zh.status);
    assertEquals(1, zh.err.lines().count(), zh.err);
    assertTrue(zh.err.contains("--as-of 的值 2022-13-45 不是有效日期"), zh.err);
    Cli en = Cli.run("--locale", "en", "frobnicate");
    assertEquals(2, en.status);
    assertEquals("qinglian: unknown command frobnicate (qinglian --help shows the usage)", en.err.strip());
    Cli tw = Cli.run("--locale", "zh-TW", "validate");
    assertEquals(2, tw.status);
    assertTrue(tw.err.contains("缺少") && tw.err.contains("PATH") && tw.err.contains("顯示用法"), tw.err);
    Cli latin = Cli.run("validate", "x.json", "--encoding", "latin9");
    assertEquals(2, latin.status);
    assertTrue(latin.err.contains("未知编码 latin9"), latin.err);
    Cli badLocale = Cli.run("validate", "x.json", "--locale", "fr");
    assertEquals(2, badLocale.status);
    assertTrue(badLocale.err.contains("--locale 只接受 zh-CN、zh-TW 或 en"), badLocale.err);
  }
}
