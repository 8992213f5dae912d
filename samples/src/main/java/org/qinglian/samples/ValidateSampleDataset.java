package org.qinglian.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ReadOptions;
import org.qinglian.model.RecordType;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.Issue;
import org.qinglian.validation.Severity;
import org.qinglian.validation.ValidationReport;

/**
 * 校验样例数据集 — the README's first command until the command line lands: reads the
 * bundled sample file ({@code samples/data/xianyang-2022.json}, or a path given) and
 * validates it with every rule, reporting issues where they stand in the file.
 *
 * <p>Usage: {@code ValidateSampleDataset [PATH] [--locale zh-CN|en]}. Exit status 0 when no
 * ERROR is found, 1 when one is, 2 when the input cannot be read or the usage is wrong.
 */
public final class ValidateSampleDataset {

  /** The bundled sample, relative to the repository root or to the samples module. */
  static final Path[] BUNDLED = {Path.of("samples/data/xianyang-2022.json"), Path.of("data/xianyang-2022.json")};

  // Held strongly: java.util.logging forgets levels set on loggers nobody references.
  private static final Logger HIBERNATE_LOGGER = Logger.getLogger("org.hibernate.validator");

  private ValidateSampleDataset() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(out, args));
  }

  /** Runs the job, printing to {@code out}; returns the exit status. */
  static int run(PrintStream out, String... args) {
    Locale locale = Locale.SIMPLIFIED_CHINESE;
    Path path = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--locale") && i + 1 < args.length
          && (args[i + 1].equals("en") || args[i + 1].equals("zh-CN"))) {
        locale = Locale.forLanguageTag(args[++i]);
      } else if (!args[i].startsWith("--") && path == null) {
        path = Path.of(args[i]);
      } else {
        out.println("usage: ValidateSampleDataset [PATH] [--locale zh-CN|en]");
        return 2;
      }
    }
    if (path == null) {
      path = Files.exists(BUNDLED[0]) ? BUNDLED[0] : BUNDLED[1];
    }
    HIBERNATE_LOGGER.setLevel(Level.WARNING);
    DatasetValidator validator = DatasetValidator.builder().locale(locale).build();
    try {
      return report(out, path, ExchangeReader.validate(path, ReadOptions.defaults(), validator), validator, locale);
    } catch (IOException e) {
      out.println((locale.getLanguage().equals("zh") ? "无法读取 " : "cannot read ") + path + ": " + e.getMessage());
      return 2;
    }
  }

  private static int report(PrintStream out, Path path, ValidationReport report, DatasetValidator validator,
      Locale locale) {
    boolean zh = locale.getLanguage().equals("zh");
    out.println((zh ? "文件 " : "file ") + path);
    Map<RecordType, Long> read = report.recordsRead();
    out.println((zh ? "记录：" : "records: ") + read.entrySet().stream()
        .map(e -> (zh ? e.getKey().simplifiedLabel() : e.getKey().jsonName()) + " " + e.getValue())
        .collect(Collectors.joining(zh ? "，" : ", ")));
    for (Issue issue : report.issues()) {
      out.println("  " + issue);
    }
    String counts = zh
        ? "错误 " + report.count(Severity.ERROR) + "，警告 " + report.count(Severity.WARNING) + "，提示 "
            + report.count(Severity.INFO)
        : report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING) + " warnings, "
            + report.count(Severity.INFO) + " infos";
    out.println((report.isValid() ? (zh ? "校验通过：" : "valid: ") : (zh ? "校验未通过：" : "invalid: "))
        + counts + (zh ? "（" : " (") + validator.rules().size() + (zh ? " 条规则）" : " rules)"));
    return report.isValid() ? 0 : 1;
  }
}
