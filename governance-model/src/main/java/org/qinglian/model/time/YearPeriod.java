package org.qinglian.model.time;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.qinglian.model.internal.ValueStyle;

/**
 * 考核周期 — a year, a half or a quarter of a year, over which an assessment is made or an
 * indicator observed. Wire: {@code period{year, type, index}}; the index (1–2 for a half,
 * 1–4 for a quarter) is absent for a whole year.
 */
@Value.Immutable
@ValueStyle
public abstract class YearPeriod {

  /** For the implementation Immutables generates, {@code ImmutableYearPeriod}. */
  protected YearPeriod() {}

  /** {@return the calendar year} */
  @Min(2000)
  @Max(2100)
  public abstract int getYear();

  /**
   * Year, half or quarter.
   *
   * @return the period type: year, half or quarter
   */
  public abstract PeriodType getType();

  /** {@return which half or quarter, counted from 1; absent for a whole year} */
  public abstract OptionalInt getIndex();

  /**
   * Bean Validation: the index fits the type (absent or 1 for a year, 1–2, 1–4).
   *
   * @return whether the index fits the type
   */
  @AssertTrue(message = "{org.qinglian.model.time.YearPeriod.index.message}")
  public boolean isIndexValid() {
    OptionalInt index = getIndex();
    int parts = getType().partsPerYear();
    return index.isEmpty() ? parts == 1 : index.getAsInt() >= 1 && index.getAsInt() <= parts;
  }

  /** {@return the first day of the period; the index must be valid} */
  public LocalDate firstDay() {
    int months = 12 / getType().partsPerYear();
    return LocalDate.of(getYear(), 1, 1).plusMonths((long) months * (getIndex().orElse(1) - 1));
  }

  /** {@return the last day of the period; the index must be valid} */
  public LocalDate lastDay() {
    return firstDay().plusMonths(12 / getType().partsPerYear()).minusDays(1);
  }

  /**
   * {@return a whole year}
   *
   * @param year the year, such as 2022
   */
  public static YearPeriod ofYear(int year) {
    return builder().year(year).type(PeriodType.YEAR).build();
  }

  /** {@return a new builder} */
  public static ImmutableYearPeriod.Builder builder() {
    return ImmutableYearPeriod.builder();
  }
}
