package org.qinglian.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.unit.UnitCategory;

/**
 * 生成方案 — what a {@link DatasetGenerator} makes: the jurisdiction, the reporting period,
 * the areas with their counts, and the city-wide lists. {@link Presets} holds the plans that
 * reproduce published figures (docs/presets.md); {@link #ofSize(long)} scales from ten records to
 * ten million.
 *
 * @param datasetId the dataset id written in the header
 * @param jurisdiction the division the dataset covers
 * @param jurisdictionName its name, for example 武汉市
 * @param periodStart first day of the reporting period
 * @param asOf the day the data stand at (also the period's end)
 * @param leadDepartments lead departments (牵头部门), organ units at the jurisdiction level
 * @param categories the clean-unit lines the areas' units belong to, in rotation
 * @param areas the areas and their counts
 * @param tasks key tasks
 * @param assessments assessment results under the one scheme (one per unit and period)
 * @param indicators indicator observations
 * @param moneyRecovered when present, the exact money recovered over all findings
 */
public record Plan(String datasetId, DivisionCode jurisdiction, String jurisdictionName, LocalDate periodStart,
    LocalDate asOf, int leadDepartments, List<UnitCategory> categories, List<Area> areas, int tasks, int assessments,
    int indicators, Optional<BigDecimal> moneyRecovered) {

  /**
   * Checks the plan can be generated consistently.
   *
   * @param datasetId the dataset id written in the header
   * @param jurisdiction the division the dataset covers
   * @param jurisdictionName its name, for example 武汉市
   * @param periodStart first day of the reporting period
   * @param asOf the day the data stand at (also the period's end)
   * @param leadDepartments lead departments (牵头部门), organ units at the jurisdiction level
   * @param categories the clean-unit lines the areas' units belong to, in rotation
   * @param areas the areas and their counts
   * @param tasks key tasks
   * @param assessments assessment results under the one scheme (one per unit and period)
   * @param indicators indicator observations
   * @param moneyRecovered when present, the exact money recovered over all findings
   */
  public Plan {
    Objects.requireNonNull(datasetId);
    categories = List.copyOf(categories);
    areas = List.copyOf(areas);
    if (!jurisdiction.isValid() || areas.isEmpty() || categories.isEmpty() || asOf.isBefore(periodStart)
        || leadDepartments < 0 || tasks < 0 || assessments < 0 || indicators < 0) {
      throw new IllegalArgumentException("inconsistent plan " + datasetId);
    }
    for (Area area : areas) {
      if (!jurisdiction.contains(area.county())) {
        throw new IllegalArgumentException(area + " is not inside " + jurisdiction);
      }
    }
  }

  /** {@return the year of the period} */
  public int year() {
    return periodStart.getYear();
  }

  /**
   * A plan of about {@code records} records over Wuhan's seed districts in 2022, in the
   * proportions of a real exchange: units 10 %, tasks 5 %, inspections 30 %, findings 25 %,
   * actions 20 %, assessments and indicators 5 % each.
   *
   * @param records about how many records the dataset should hold, at least ten
   * @return the plan
   */
  public static Plan ofSize(long records) {
    if (records < 10 || records > 1_000_000_000L) {
      throw new IllegalArgumentException("between 10 and 1,000,000,000 records");
    }
    List<Presets.District> districts = records >= 600 ? Presets.WUHAN_DISTRICTS : Presets.WUHAN_DISTRICTS.subList(0, 1);
    int n = districts.size();
    long perArea = records / n;
    List<Area> areas = new java.util.ArrayList<>();
    for (Presets.District district : districts) {
      int units = (int) Math.max(2, perArea / 10);
      int inspections = (int) Math.max(1, perArea * 3 / 10);
      int findings = (int) Math.max(1, perArea / 4);
      int actions = (int) Math.max(1, perArea / 5);
      int organisations = actions / 20;
      int persons = actions - organisations;
      int second = persons / 5;
      int third = persons * 8 / 100;
      int fourth = persons * 2 / 100;
      int[] forms = {persons - second - third - fourth, second, third, fourth};
      areas.add(new Area(district.code(), district.name(), units, inspections, findings, findings * 9 / 10, forms,
          organisations));
    }
    int assessments = (int) Math.max(1, records / 20);
    return new Plan("wuhan-generated-" + records, DivisionCode.of("420100"), "武汉市", LocalDate.of(2022, 1, 1),
        LocalDate.of(2022, 12, 31), (int) Math.min(25, Math.max(1, records / 100)),
        List.of(UnitCategory.ORGAN, UnitCategory.SCHOOL, UnitCategory.HOSPITAL, UnitCategory.STATE_ENTERPRISE,
            UnitCategory.VILLAGE_COMMUNITY, UnitCategory.PRIVATE_ENTERPRISE, UnitCategory.FAMILY),
        areas, (int) Math.max(1, records / 20), assessments, (int) Math.max(1, records / 20), Optional.empty());
  }
}
