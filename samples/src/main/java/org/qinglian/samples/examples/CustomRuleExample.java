package org.qinglian.samples.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.text.MessageBundle;
import org.qinglian.samples.SampleDatasets;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.RuleCheck;
import org.qinglian.validation.RuleContext;
import org.qinglian.validation.RuleDescriptor;
import org.qinglian.validation.Severity;
import org.qinglian.validation.ValidationReport;
import org.qinglian.validation.ValidationRule;

/**
 * 示例：自定义规则 — a province requires a follow-up document (建议书, 提醒函, 通知书) for every
 * finding above 100,000 yuan. A custom rule has its own code, severity and messages, and
 * joins through the builder (or {@code META-INF/services}).
 */
public final class CustomRuleExample {

  private CustomRuleExample() {}

  /** 大额问题须有后续处置 — the rule: stateless; its check holds no state either, so one instance serves all. */
  public static final class LargeFindingNeedsFollowUp implements ValidationRule {

    /** The rule, as the service loader or {@code DatasetValidator.Builder.addRule} makes it. */
    public LargeFindingNeedsFollowUp() {}

    /**
     * The custom rule's code: an embedder's codes should not look like the built-in ones.
     */
    public static final String CODE = "X_LARGE_FINDING_WITHOUT_FOLLOW_UP";

    // Titles, descriptions, messages and basis in zh-CN, zh-TW and en, from custom-rules*.properties
    // beside this class (keys rule.CODE.title, .description, .message, .basis).
    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(CODE).severity(Severity.WARNING)
        .bundle(MessageBundle.of("org.qinglian.samples.examples.custom-rules", CustomRuleExample.class.getClassLoader()))
        .build();

    @Override
    public List<RuleDescriptor> descriptors() {
      return List.of(DESCRIPTOR);
    }

    @Override
    public RuleCheck newCheck() {
      return new RuleCheck() {
        @Override
        public void record(GovernanceRecord record, RuleContext context) {
          if (record instanceof Finding finding && finding.getFollowUps().isEmpty()
              && finding.getAmountInvolved().filter(a -> a.compareTo(new java.math.BigDecimal("100000")) > 0).isPresent()) {
            context.issue(CODE).path("followUps").arg("amount", finding.getAmountInvolved().get()).report();
          }
        }
      };
    }
  }

  /**
   * Runs the example, printing what it does.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.exit(run(new PrintStream(System.out, true, StandardCharsets.UTF_8)) > 0 ? 0 : 1);
  }

  /**
   * Returns how many findings the custom rule flags in the sample dataset once its large
   * finding has lost its follow-up document.
   *
   * @param out where the example prints what it does
   * @return how many findings the rule flags
   */
  public static long run(PrintStream out) {
    DatasetValidator validator = DatasetValidator.builder().addRule(new LargeFindingNeedsFollowUp()).build();
    var sample = SampleDatasets.xianyang2022();
    var withoutFollowUps = org.qinglian.model.dataset.ImmutableDataset.copyOf(sample).withFindings(
        sample.getFindings().stream()
            .map(f -> (Finding) org.qinglian.model.finding.ImmutableFinding.copyOf(f).withFollowUps())
            .toList());
    out.println("with follow-ups: " + validator.validate(sample).count(LargeFindingNeedsFollowUp.CODE) + " flagged");
    ValidationReport report = validator.validate(withoutFollowUps);
    report.issues().forEach(out::println);
    return report.count(LargeFindingNeedsFollowUp.CODE);
  }
}
