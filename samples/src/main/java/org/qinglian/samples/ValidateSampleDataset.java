package org.qinglian.samples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.Issue;
import org.qinglian.validation.Severity;
import org.qinglian.validation.ValidationReport;

/**
 * 校验样例数据集 — the README's first command until the command line lands: builds the
 * {@linkplain SampleDatasets#xianyang2022() sample dataset} and validates it with every
 * rule of the {@link DatasetValidator}.
 *
 * <p>Usage: {@code ValidateSampleDataset [--locale zh-CN|en]}. Exit status 0 when no ERROR
 * is found, 1 when one is, 2 on wrong usage.
 */
public final class ValidateSampleDataset {

  // Held strongly: java.util.logging forgets levels set on loggers nobody references.
  private static final Logger HIBERNATE_LOGGER = Logger.getLogger("org.hibernate.validator");

  private ValidateSampleDataset() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(out, args));
  }

  /** Runs the job, printing to {@code out}; returns the exit status. */
  static int run(PrintStream out, String... args) {
    Locale locale;
    if (args.length == 0) {
      locale = Locale.SIMPLIFIED_CHINESE;
    } else if (args.length == 2 && args[0].equals("--locale") && (args[1].equals("en") || args[1].equals("zh-CN"))) {
      locale = Locale.forLanguageTag(args[1]);
    } else {
      out.println("usage: ValidateSampleDataset [--locale zh-CN|en]");
      return 2;
    }
    return run(out, SampleDatasets.xianyang2022(), locale);
  }

  static int run(PrintStream out, Dataset dataset, Locale locale) {
    boolean zh = locale.getLanguage().equals("zh");
    out.println((zh ? "数据集 " : "dataset ") + dataset.getHeader().getDatasetId()
        + " (" + dataset.getHeader().getJurisdiction() + ", "
        + dataset.getHeader().getPeriodStart() + " – " + dataset.getHeader().getPeriodEnd() + ")");
    out.println((zh ? "记录：" : "records: ") + List.of(RecordType.values()).stream()
        .map(type -> (zh ? type.simplifiedLabel() : type.jsonName()) + " " + dataset.records(type).size())
        .collect(Collectors.joining(zh ? "，" : ", ")));

    HIBERNATE_LOGGER.setLevel(Level.WARNING);
    DatasetValidator validator = DatasetValidator.builder().locale(locale).build();
    ValidationReport report = validator.validate(dataset);
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
