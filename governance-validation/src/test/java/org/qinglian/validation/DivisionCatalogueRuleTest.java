package org.qinglian.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.identifier.DivisionCatalogue;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;

/** An embedder's newer list of divisions replaces the bundled one; messages name the list and the places. */
class DivisionCatalogueRuleTest {

  private static Dataset withUnitIn(String division) {
    Dataset base = Fixtures.dataset();
    Unit last = base.getUnits().get(base.getUnits().size() - 1);
    java.util.List<Unit> units = new java.util.ArrayList<>(base.getUnits());
    units.set(units.size() - 1, ImmutableUnit.copyOf(last).withDivisionCode(DivisionCode.of(division)));
    return org.qinglian.model.dataset.ImmutableDataset.copyOf(base).withUnits(units);
  }

  @Test
  void aNewerListKnowsANewDivision() throws IOException {
    // A township the 2023 list does not have, inside the fixture's jurisdiction (a county).
    String newCounty = Fixtures.dataset().getHeader().getJurisdiction().text() + "999000";
    ValidationReport standard = DatasetValidator.builder().serviceLoader(null).build().validate(withUnitIn(newCounty));
    assertEquals(1, standard.count("DIVISION_CODE_UNKNOWN"), standard.issues().toString());
    assertTrue(standard.issues().get(0).message().contains("2023年统计用区划代码"), standard.issues().get(0).message());

    String jurisdiction = Fixtures.dataset().getHeader().getJurisdiction().text();
    DivisionCatalogue newer = DivisionCatalogue.read(new StringReader("# a list of 2025\n"
        + jurisdiction.substring(0, 2) + "\t某省\n" + jurisdiction + "\t某区\n" + newCounty + "\t新街道\t新街道\n"),
        "2025年统计用区划代码", "2025年統計用區劃代碼", "the 2025 statistical division codes", LocalDate.of(2025, 6, 30));
    assertEquals("新街道", newer.name(DivisionCode.of(newCounty), Locale.TRADITIONAL_CHINESE).orElseThrow());
    // Without a traditional name the list gives, every script reads the name as given.
    assertEquals("某区", newer.name(DivisionCode.of(jurisdiction), Locale.TRADITIONAL_CHINESE).orElseThrow());
    ValidationReport updated = DatasetValidator.builder().serviceLoader(null).divisionCatalogue(newer).build()
        .validate(withUnitIn(newCounty));
    assertEquals(0, updated.count("DIVISION_CODE_UNKNOWN"), updated.issues().toString());
  }

  @Test
  void aPlaceOutsideTheJurisdictionIsNamed() {
    ValidationReport report = DatasetValidator.builder().serviceLoader(null).build().validate(withUnitIn("110101"));
    Issue issue = report.issues().stream().filter(i -> i.code().equals("DIVISION_OUTSIDE_JURISDICTION")).findFirst()
        .orElseThrow();
    assertTrue(issue.message().contains("110101 东城区"), issue.message());
    assertEquals("东城区", issue.arguments().get("place"));
  }

  @Test
  void aMalformedListIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> DivisionCatalogue.read(new StringReader("42010x\t某地\n"),
        "x", "x", "x", LocalDate.of(2025, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> DivisionCatalogue.read(new StringReader("420100\n"),
        "x", "x", "x", LocalDate.of(2025, 1, 1)));
  }
}
