package org.qinglian.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.time.PeriodType;
import org.qinglian.model.time.YearPeriod;

class AssessmentArithmeticTest {

  @Test
  void theTotalIsTheWeightedSum() {
    assertEquals(new BigDecimal("92.10"), MethodScores.of("92", "88", "95").weightedTotal(Fixtures.weights()));
    assertEquals(new BigDecimal("1.0"), Fixtures.weights().sum());
    assertEquals(new BigDecimal("0.01"), MethodScores.of("0.005", "0", "0").weightedTotal(MethodWeights.of("1", "0", "0")),
        "half-up to two decimals");
  }

  @Test
  void theGradeFollowsTheThresholds() {
    AssessmentScheme scheme = Fixtures.scheme();
    assertEquals("EXCELLENT", scheme.gradeFor(new BigDecimal("90")).orElseThrow().getCode());
    assertEquals("GOOD", scheme.gradeFor(new BigDecimal("89.99")).orElseThrow().getCode());
    assertEquals("FAIR", scheme.gradeFor(new BigDecimal("60")).orElseThrow().getCode());
    assertEquals("POOR", scheme.gradeFor(new BigDecimal("59.99")).orElseThrow().getCode());
    assertEquals("POOR", scheme.lowestGrade().orElseThrow().getCode());
  }

  @Test
  void scalesAreData() {
    AssessmentScheme civilServants = ImmutableAssessmentScheme.copyOf(Fixtures.scheme()).withGrades(List.of(
        Grade.of("COMPETENT", "称职", "75"), Grade.of("EXCELLENT", "优秀", "90"),
        Grade.of("INCOMPETENT", "不称职", "0"), Grade.of("BASIC", "基本称职", "60")));
    assertEquals("COMPETENT", civilServants.gradeFor(new BigDecimal("80")).orElseThrow().getCode());
    assertEquals("INCOMPETENT", civilServants.lowestGrade().orElseThrow().getCode());
    AssessmentScheme noZero = ImmutableAssessmentScheme.copyOf(Fixtures.scheme()).withGrades(Grade.of("A", "好", "80"));
    assertEquals(Optional.empty(), noZero.gradeFor(new BigDecimal("79")));
  }

  @Test
  void periodsKnowTheirDays() {
    YearPeriod q2 = YearPeriod.builder().year(2022).type(PeriodType.QUARTER).index(2).build();
    assertEquals(LocalDate.of(2022, 4, 1), q2.firstDay());
    assertEquals(LocalDate.of(2022, 6, 30), q2.lastDay());
    YearPeriod h2 = YearPeriod.builder().year(2024).type(PeriodType.HALF).index(2).build();
    assertEquals(LocalDate.of(2024, 7, 1), h2.firstDay());
    assertEquals(LocalDate.of(2024, 12, 31), h2.lastDay());
    assertEquals(LocalDate.of(2022, 12, 31), YearPeriod.ofYear(2022).lastDay());
    assertEquals(true, YearPeriod.ofYear(2022).isIndexValid());
    assertEquals(false, YearPeriod.builder().year(2022).type(PeriodType.QUARTER).build().isIndexValid());
    assertEquals(false, YearPeriod.builder().year(2022).type(PeriodType.HALF).index(3).build().isIndexValid());
  }
}
