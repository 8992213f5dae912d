package org.qinglian.samples.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.Producer;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/**
 * 示例：嵌入并校验 — a platform builds records from its own tables and validates them before
 * sending. One validator serves the whole application.
 */
public final class EmbedAndValidate {

  /** Build once, share between threads. */
  private static final DatasetValidator VALIDATOR = DatasetValidator.builder().locale(Locale.SIMPLIFIED_CHINESE).build();

  private EmbedAndValidate() {}

  /**
   * Runs the example, printing what it does.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.exit(run(new PrintStream(System.out, true, StandardCharsets.UTF_8)));
  }

  /**
   * Returns the number of issues found (two are planted).
   *
   * @param out where the example prints what it does
   * @return the number of issues found
   */
  public static int run(PrintStream out) {
    CreditCode commission = CreditCode.compose("11", "420104", "MB0D7KQX");
    Dataset dataset = Dataset.builder()
        .header(DatasetHeader.builder().schemaVersion("1.0").datasetId("qiaokou-2022-q4")
            .producer(Producer.of("中共武汉市硚口区纪律检查委员会", commission))
            .jurisdiction(DivisionCode.of("420104"))
            .periodStart(LocalDate.of(2022, 10, 1)).periodEnd(LocalDate.of(2022, 12, 31))
            .asOf(LocalDate.of(2022, 12, 31))
            .generatedAt(OffsetDateTime.of(2023, 1, 5, 10, 0, 0, 0, ZoneOffset.ofHours(8))).build())
        .addUnits(Unit.builder().id("QK-JW").name("中共武汉市硚口区纪律检查委员会").category(UnitCategory.ORGAN)
            .divisionCode(DivisionCode.of("420104")).creditCode(commission).build())
        // As rows come from a database: a code is kept as typed, right or wrong.
        .addUnits(Unit.builder().id("QK-SCHOOL-1").name("硚口区第一中学").category(UnitCategory.SCHOOL)
            .divisionCode(DivisionCode.lenient("420104")).creditCode(CreditCode.lenient("12420104MB0D7KQX00"))
            .parentId("QK-EDU").build())
        .build();
    ValidationReport report = VALIDATOR.validate(dataset);
    report.issues().forEach(issue -> out.println(issue));
    out.println(report.isValid() ? "通过" : "未通过：" + report.countsBySeverity());
    return (int) report.totalIssues();
  }
}
