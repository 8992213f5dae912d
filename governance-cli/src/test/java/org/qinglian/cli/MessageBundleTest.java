package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.qinglian.model.text.Localization;
import org.qinglian.model.text.MessageBundle;

/**
 * Every user-visible text of the SDK lives in bundles for zh-CN, zh-TW and en, and they stay
 * in step: the same keys, the same placeholders; Chinese texts without English phrases,
 * traditional texts without simplified characters and in Taiwan's words, English texts without
 * Chinese. And no code chooses a language with an inline literal.
 *
 * <p>{@code simplified-only.txt} lists the 2,635 characters of U+4E00–U+9FFF that OpenCC's
 * s2tw conversion (an implementation we did not write) changes when converted alone.
 */
class MessageBundleTest {

  private static final List<String> BUNDLES = List.of("org.qinglian.validation.messages", "org.qinglian.io.messages",
      "org.qinglian.report.messages", "org.qinglian.cli.messages", "org.qinglian.excel.messages");
  private static final Locale[] LANGUAGES = {Localization.SIMPLIFIED, Localization.TRADITIONAL, Localization.ENGLISH};
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)\\}");
  /** Two English words in a row: a phrase, not a code, a file name or a unit. */
  private static final Pattern ENGLISH_PHRASE = Pattern.compile("\\b[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}\\b");
  /** Names that are English by nature and may stand together in a Chinese text. */
  private static final List<String> NAMES = List.of("JSON Lines", "JSON Schema", "ZIP 炸弹", "ZIP 炸彈");
  /** Traditional characters that OpenCC alone would change, correct in the place names we use. */
  private static final String TRADITIONAL_ALLOWED = "咸"; // 咸陽 (Xianyang) is written 咸 in traditional too

  /**
   * Words of the mainland that a character-by-character conversion leaves in a traditional text,
   * with what Taiwan writes instead: most as the phrase tables of OpenCC's s2twp (an implementation
   * we did not write) give them; 範本, 儲存格, 範例, 擴充, 說明, 結束 and the measure word 筆 for
   * records are Taiwan's usage in software, which those tables leave alone. Taiwan's rows and
   * columns are 列 and 欄, its quotation marks 「」.
   */
  private static final Map<String, String> MAINLAND_WORDS = Map.ofEntries(Map.entry("數據", "資料"),
      Map.entry("默認", "預設"), Map.entry("文件夾", "資料夾"), Map.entry("字段", "欄位"), Map.entry("字節", "位元組"),
      Map.entry("字符", "字元"), Map.entry("支持", "支援"), Map.entry("保存", "儲存"), Map.entry("縮進", "縮排"),
      Map.entry("文本", "文字"), Map.entry("命令行", "命令列"), Map.entry("數組", "陣列"), Map.entry("信息", "資訊"),
      Map.entry("導出", "匯出"), Map.entry("導入", "匯入"), Map.entry("模板", "範本"), Map.entry("單元格", "儲存格"),
      Map.entry("擴展", "擴充"), Map.entry("示例", "範例"), Map.entry("樣例", "範例"), Map.entry("打印", "列印"),
      Map.entry("堆棧", "堆疊"), Map.entry("消息", "訊息"), Map.entry("環境變量", "環境變數"), Map.entry("JSON 對象", "JSON 物件"),
      Map.entry("條記錄", "筆記錄"), Map.entry("幫助", "說明"), Map.entry("退出", "結束"),
      Map.entry("該行未讀取", "該列未讀取"), Map.entry("一行有", "一列有"), Map.entry("“", "「"), Map.entry("”", "」"));

  /** Files whose Chinese literals are the exchange format itself (CSV headers, accepted booleans, schema titles). */
  private static final Set<String> FORMAT_DATA = Set.of("Tables.java", "Fields.java", "ExchangeSchema.java",
      "FormatNames.java");

  static MessageBundle bundle(String base) {
    return MessageBundle.of(base, MessageBundleTest.class.getClassLoader());
  }

  @Test
  void everyBundleHasTheSameKeysAndPlaceholdersInEachLanguage() {
    for (String base : BUNDLES) {
      MessageBundle bundle = bundle(base);
      Set<String> keys = new TreeSet<>(bundle.keys(Localization.SIMPLIFIED));
      assertFalse(keys.isEmpty(), base);
      for (Locale language : LANGUAGES) {
        assertEquals(keys, new TreeSet<>(bundle.keys(language)), base + " keys in " + language);
        for (String key : keys) {
          assertEquals(placeholders(bundle.text(Localization.SIMPLIFIED, key)), placeholders(bundle.text(language, key)),
              base + " " + key + " placeholders in " + language);
        }
      }
    }
  }

  @Test
  void eachLanguageIsWrittenInItsOwnScript() throws IOException {
    Set<Integer> simplified = simplifiedOnly();
    List<String> problems = new ArrayList<>();
    for (String base : BUNDLES) {
      MessageBundle bundle = bundle(base);
      for (String key : bundle.keys(Localization.SIMPLIFIED)) {
        String zh = withoutPlaceholders(bundle.text(Localization.SIMPLIFIED, key));
        String tw = withoutPlaceholders(bundle.text(Localization.TRADITIONAL, key));
        String en = withoutPlaceholders(bundle.text(Localization.ENGLISH, key));
        englishPhrase(zh).ifPresent(p -> problems.add(base + " " + key + " (zh-CN) has English: " + p));
        englishPhrase(tw).ifPresent(p -> problems.add(base + " " + key + " (zh-TW) has English: " + p));
        String simplifiedChars = tw.codePoints().filter(simplified::contains)
            .filter(c -> TRADITIONAL_ALLOWED.indexOf(c) < 0)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!simplifiedChars.isEmpty()) {
          problems.add(base + " " + key + " (zh-TW) has simplified characters: " + simplifiedChars);
        }
        // English texts may name the product's Chinese terms in passing (清廉建设), nothing more.
        if (!key.equals("qinglian.usage.description") && en.codePoints().anyMatch(MessageBundleTest::isHan)) {
          problems.add(base + " " + key + " (en) has Chinese: " + en);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void traditionalTextsUseTaiwansWords() {
    List<String> problems = new ArrayList<>();
    java.util.function.BiConsumer<String, String> check = (where, text) -> MAINLAND_WORDS.forEach((mainland, taiwan) -> {
      if (text.contains(mainland)) {
        problems.add(where + " (zh-TW) has " + mainland + ", Taiwan writes " + taiwan + ": " + text);
      }
    });
    for (String base : BUNDLES) {
      MessageBundle bundle = bundle(base);
      for (String key : bundle.keys(Localization.TRADITIONAL)) {
        check.accept(base + " " + key, bundle.text(Localization.TRADITIONAL, key));
      }
    }
    java.util.ResourceBundle model = java.util.ResourceBundle.getBundle("ContributorValidationMessages",
        Locale.TRADITIONAL_CHINESE,
        java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
    for (String key : model.keySet()) {
      check.accept("ContributorValidationMessages " + key, model.getString(key));
    }
    assertEquals(List.of(), problems);
  }

  /** The constraint messages Hibernate Validator reads for the model, in the three languages. */
  @Test
  void modelConstraintMessagesExistInEachLanguage() {
    java.util.ResourceBundle.Control exact =
        java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES);
    Set<String> keys = java.util.ResourceBundle.getBundle("ContributorValidationMessages", Locale.ROOT, exact).keySet();
    for (Locale language : new Locale[] {Locale.CHINESE, Locale.TRADITIONAL_CHINESE}) {
      java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("ContributorValidationMessages", language, exact);
      assertEquals(keys, bundle.keySet(), language.toString());
      for (String key : keys) {
        assertTrue(bundle.getString(key).codePoints().anyMatch(MessageBundleTest::isHan), key + " in " + language);
      }
    }
  }

  @Test
  void noCodeChoosesALanguageWithALiteral() throws IOException {
    Path root = Path.of(System.getProperty("qinglian.root", ".."));
    List<String> found = new ArrayList<>();
    for (String module : List.of("governance-validation", "governance-io", "governance-report", "governance-cli",
        "governance-excel")) {
      try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java"))
            .filter(f -> !FORMAT_DATA.contains(f.getFileName().toString())).collect(Collectors.toList())) {
          String code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
          Matcher literal = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(code);
          while (literal.find()) {
            if (literal.group(1).codePoints().anyMatch(MessageBundleTest::isHan)) {
              found.add(root.relativize(file) + ": \"" + literal.group(1) + "\"");
            }
          }
          if (Pattern.compile("\\bzh\\s*\\?").matcher(code).find()) {
            found.add(root.relativize(file) + ": a zh ? … : … ternary");
          }
        }
      }
    }
    assertEquals(List.of(), found, "user-visible text belongs in the message bundles");
  }

  static java.util.Optional<String> englishPhrase(String text) {
    // Commands a user types are not phrases.
    String rest = text.replaceAll("qinglian [a-z]+", "");
    for (String name : NAMES) {
      rest = rest.replace(name, "");
    }
    Matcher m = ENGLISH_PHRASE.matcher(rest);
    return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
  }

  static Set<Integer> simplifiedOnly() throws IOException {
    try (InputStream in = MessageBundleTest.class.getResourceAsStream("simplified-only.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).codePoints().boxed().collect(Collectors.toSet());
    }
  }

  static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static List<String> placeholders(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    Collections.sort(names);
    return names;
  }

  private static String withoutPlaceholders(String text) {
    return PLACEHOLDER.matcher(text).replaceAll(" ");
  }

  private static String withoutComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  static Map<String, String> noEnvironment() {
    return Map.of();
  }
}
