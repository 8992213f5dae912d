package org.qinglian.samples;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;

/**
 * 校验样例数据集 — the README's first command until the command line lands: builds the
 * {@linkplain SampleDatasets#xianyang2022() sample dataset} and checks it against the
 * model's field rules with Jakarta Bean Validation.
 *
 * <p>Usage: {@code ValidateSampleDataset [--locale zh-CN|en]}. Exit status 0 when no rule
 * is broken, 1 when one is, 2 on wrong usage.
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
    boolean zh = locale.getLanguage().equals("zh");
    Dataset dataset = SampleDatasets.xianyang2022();
    out.println((zh ? "数据集 " : "dataset ") + dataset.getHeader().getDatasetId()
        + " (" + dataset.getHeader().getJurisdiction() + ", "
        + dataset.getHeader().getPeriodStart() + " – " + dataset.getHeader().getPeriodEnd() + ")");
    out.println((zh ? "记录：" : "records: ") + List.of(RecordType.values()).stream()
        .map(type -> (zh ? type.simplifiedLabel() : type.jsonName()) + " " + dataset.records(type).size())
        .collect(Collectors.joining(zh ? "，" : ", ")));

    Set<ConstraintViolation<Dataset>> violations = validate(dataset, locale);
    violations.stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> out.println("  " + v.getPropertyPath() + ": " + v.getMessage()
            + " [" + v.getInvalidValue() + "]"));
    if (violations.isEmpty()) {
      out.println(zh ? "字段规则校验通过：0 个问题" : "field rules passed: 0 problems");
      return 0;
    }
    out.println((zh ? "字段规则校验未通过：" : "field rules failed: ") + violations.size()
        + (zh ? " 个问题" : " problems"));
    return 1;
  }

  private static Set<ConstraintViolation<Dataset>> validate(Dataset dataset, Locale locale) {
    HIBERNATE_LOGGER.setLevel(Level.WARNING);
    // ParameterMessageInterpolator: messages never evaluate expression language on data.
    try (ValidatorFactory factory = Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator(
            Set.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE), locale, false))
        .buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      return validator.validate(dataset);
    }
  }
}
