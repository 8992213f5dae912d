package org.qinglian.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.unit.UnitCategory;

/**
 * 预设方案 — plans that reproduce the figures of published reports (docs/presets.md) as valid datasets whose
 * declared totals reconcile with the records. {@code docs/presets.md} says which number comes
 * from which seed and what was invented around it.
 */
public final class Presets {

  private Presets() {}

  /** A district: code and name (national statistics release of 2022-10-31). */
  record District(DivisionCode code, String name) {}

  static final List<District> WUHAN_DISTRICTS = List.of(
      new District(DivisionCode.of("420102"), "江岸区"), new District(DivisionCode.of("420103"), "江汉区"),
      new District(DivisionCode.of("420104"), "硚口区"), new District(DivisionCode.of("420115"), "江夏区"),
      new District(DivisionCode.of("420116"), "黄陂区"), new District(DivisionCode.of("420117"), "新洲区"));

  /** The names of the presets. */
  public static final List<String> NAMES = List.of("wuhan-2022", "xianyang", "zhejiang-villages");

  /**
   * {@return the preset called {@code name}}
   *
   * @param name the preset's name, as {@code qinglian generate --preset} takes it
   */
  public static Optional<Plan> byName(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "wuhan-2022": return Optional.of(wuhan2022());
      case "xianyang": return Optional.of(xianyang());
      case "zhejiang-villages": return Optional.of(zhejiangVillages());
      default: return Optional.empty();
    }
  }

  private static Area area(int district, int units, int inspections, int findings, int rectified, int[] forms,
      int organisations) {
    District d = WUHAN_DISTRICTS.get(district);
    return new Area(d.code(), d.name(), units, inspections, findings, rectified, forms, organisations);
  }

  /**
   * Seed 000 (清廉武汉, 2022): 4,637 inspections, 582 problems rectified, 525 persons handled;
   * Jiang'an handled 15 persons under the first form; Qiaokou ran 320 business-environment
   * inspections, found 73 problems and handled 91 persons; Jianghan ran 100 and rectified 62.
   *
   * @return the plan
   */
  public static Plan wuhan2022() {
    List<Area> areas = List.of(
        area(0, 40, 800, 110, 100, new int[] {15, 0, 0, 0}, 2),
        area(1, 40, 100, 70, 62, new int[] {30, 8, 2, 0}, 1),
        area(2, 40, 320, 73, 66, new int[] {60, 22, 7, 2}, 2),
        area(3, 40, 1139, 130, 118, new int[] {90, 30, 10, 3}, 1),
        area(4, 40, 1139, 130, 118, new int[] {100, 25, 8, 2}, 1),
        area(5, 40, 1139, 127, 118, new int[] {80, 25, 4, 2}, 1));
    return new Plan("wuhan-2022", DivisionCode.of("420100"), "武汉市", LocalDate.of(2022, 1, 1),
        LocalDate.of(2022, 12, 31), 7,
        List.of(UnitCategory.ORGAN, UnitCategory.STATE_ENTERPRISE, UnitCategory.PRIVATE_ENTERPRISE, UnitCategory.SCHOOL,
            UnitCategory.HOSPITAL, UnitCategory.VILLAGE_COMMUNITY, UnitCategory.FAMILY),
        areas, 60, 120, 24, Optional.empty());
  }

  /**
   * Seed 001 (清廉咸阳): 234 key tasks, 25 lead departments, six clean-unit lines led by six
   * lead departments.
   *
   * @return the plan
   */
  public static Plan xianyang() {
    List<Area> areas = List.of(
        new Area(DivisionCode.of("610402"), "秦都区", 30, 40, 20, 15, new int[] {8, 3, 1, 0}, 1),
        new Area(DivisionCode.of("610423"), "泾阳县", 30, 40, 20, 15, new int[] {8, 3, 1, 0}, 1),
        new Area(DivisionCode.of("610430"), "淳化县", 30, 40, 20, 15, new int[] {8, 3, 1, 0}, 1));
    return new Plan("xianyang-2023", DivisionCode.of("610400"), "咸阳市", LocalDate.of(2023, 1, 1),
        LocalDate.of(2023, 12, 31), 25,
        List.of(UnitCategory.ORGAN, UnitCategory.STATE_ENTERPRISE, UnitCategory.SCHOOL, UnitCategory.HOSPITAL,
            UnitCategory.VILLAGE_COMMUNITY, UnitCategory.FAMILY),
        areas, 234, 60, 12, Optional.empty());
  }

  /**
   * Seed 003 (浙江, to the end of July 2023): 23,000 village economic cooperatives checked,
   * 1,498 problems found, 470 persons handled, 15.03 million yuan returned.
   *
   * @return the plan
   */
  public static Plan zhejiangVillages() {
    String[][] counties = {{"330106", "西湖区"}, {"330703", "金东区"}, {"330822", "常山县"}, {"331102", "莲都区"},
        {"331124", "松阳县"}};
    int[] findings = {300, 300, 300, 299, 299};
    List<Area> areas = new java.util.ArrayList<>();
    for (int i = 0; i < counties.length; i++) {
      areas.add(new Area(DivisionCode.of(counties[i][0]), counties[i][1], 4_600, 4_600, findings[i], 260,
          new int[] {70, 18, 5, 1}, 0));
    }
    return new Plan("zhejiang-villages-2023", DivisionCode.of("330000"), "浙江省", LocalDate.of(2023, 1, 1),
        LocalDate.of(2023, 7, 31), 1, List.of(UnitCategory.VILLAGE_COMMUNITY), areas, 10, 0, 5,
        Optional.of(new BigDecimal("15030000.00")));
  }
}
