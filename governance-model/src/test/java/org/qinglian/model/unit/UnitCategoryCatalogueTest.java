package org.qinglian.model.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnitCategoryCatalogueTest {

  private final UnitCategoryCatalogue standard = UnitCategoryCatalogue.standard();

  @Test
  void theStandardCatalogueHasTheCodesOfTheBrief() {
    assertEquals(
        List.of("ORGAN", "ENTERPRISE", "STATE_ENTERPRISE", "PRIVATE_ENTERPRISE", "VILLAGE_COMMUNITY", "SCHOOL",
            "HOSPITAL", "TRANSPORT", "CULTURE", "FAMILY", "FINANCE", "CONSTRUCTION", "OTHER"),
        standard.all().stream().map(UnitCategory::code).collect(Collectors.toList()));
  }

  @Test
  void categoriesAreFoundByCodeLabelAndFieldReportName() {
    assertEquals(Optional.of(UnitCategory.SCHOOL), standard.find("SCHOOL"));
    assertEquals(Optional.of(UnitCategory.SCHOOL), standard.find("学校"));
    assertEquals(Optional.of(UnitCategory.SCHOOL), standard.find("學校"));
    assertEquals(Optional.of(UnitCategory.ORGAN), standard.find("清廉機關"));
    assertEquals(Optional.of(UnitCategory.STATE_ENTERPRISE), standard.find("清廉国企"));
    assertEquals(Optional.of(UnitCategory.FAMILY), standard.find("家风"));
    assertEquals(Optional.empty(), standard.find("清廉工地"));
  }

  @Test
  void subCategoriesBelongToTheirParent() {
    assertTrue(standard.isA(UnitCategory.STATE_ENTERPRISE, UnitCategory.ENTERPRISE));
    assertTrue(standard.isA(UnitCategory.ENTERPRISE, UnitCategory.ENTERPRISE));
    assertFalse(standard.isA(UnitCategory.ENTERPRISE, UnitCategory.STATE_ENTERPRISE));
    assertFalse(standard.isA(UnitCategory.SCHOOL, UnitCategory.ENTERPRISE));
  }

  @Test
  void anEmbedderRegistersItsOwnCategories() {
    UnitCategory water = UnitCategory.define("WATER_CONSERVANCY", "水利", "水利", Optional.empty());
    UnitCategory reservoir = UnitCategory.define("RESERVOIR", "水库", "水庫", Optional.of("WATER_CONSERVANCY"));
    UnitCategoryCatalogue qujing = standard.toBuilder().add(water).add(reservoir).build();
    assertEquals(Optional.of(reservoir), qujing.find("水庫"));
    assertTrue(qujing.isA(reservoir, water));
    assertTrue(qujing.contains(water));
    assertFalse(standard.contains(water), "the standard catalogue is not changed");
    assertFalse(standard.contains(UnitCategory.unlisted("水利")));
  }

  @Test
  void brokenRegistrationsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> UnitCategory.define("water", "水利", "水利", Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> standard.toBuilder()
        .add(UnitCategory.define("A_1", "甲", "甲", Optional.of("MISSING"))).build());
    assertThrows(IllegalArgumentException.class, () -> UnitCategoryCatalogue.builder()
        .add(UnitCategory.define("A", "甲", "甲", Optional.of("B")))
        .add(UnitCategory.define("B", "乙", "乙", Optional.of("A"))).build());
    assertThrows(IllegalArgumentException.class, () -> standard.toBuilder()
        .add(UnitCategory.define("SCHOOL_2", "学校", "學校", Optional.empty())).build());
  }

  @Test
  void categoriesAreEqualByCode() {
    assertEquals(UnitCategory.SCHOOL, UnitCategory.unlisted("SCHOOL"));
    assertEquals(UnitCategory.SCHOOL.hashCode(), UnitCategory.unlisted("SCHOOL").hashCode());
    assertEquals("SCHOOL", UnitCategory.SCHOOL.toString());
  }
}
