package org.qinglian.samples;

import java.util.Arrays;
import java.util.Objects;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.identifier.DivisionCode;

/**
 * 片区 — one county-level area of a generated dataset and how many records it gets. Areas
 * let a preset reproduce a district's published figures (Qiaokou: 320 inspections, 73
 * problems, 91 persons).
 *
 * @param county the county-level division code
 * @param name its name, for example 硚口区
 * @param units clean units in the area (its discipline commission comes on top)
 * @param inspections inspections run by the area's commission
 * @param findings findings of those inspections
 * @param findingsRectified how many of the findings are rectified or verified
 * @param personsByForm persons handled under each form, FIRST to FOURTH
 * @param organisationActions actions against organisations (检查, 通报, 改组)
 */
public record Area(DivisionCode county, String name, int units, int inspections, int findings, int findingsRectified,
    int[] personsByForm, int organisationActions) {

  /**
   * Checks the counts fit together.
   *
   * @param county the county-level division code
   * @param name its name, for example 硚口区
   * @param units clean units in the area (its discipline commission comes on top)
   * @param inspections inspections run by the area's commission
   * @param findings findings of those inspections
   * @param findingsRectified how many of the findings are rectified or verified
   * @param personsByForm persons handled under each form, FIRST to FOURTH
   * @param organisationActions actions against organisations (检查, 通报, 改组)
   */
  public Area {
    Objects.requireNonNull(county);
    Objects.requireNonNull(name);
    personsByForm = personsByForm.clone();
    if (personsByForm.length != DisciplineForm.values().length) {
      throw new IllegalArgumentException("one count per form");
    }
    if (units < 1 || inspections < 0 || findings < 0 || findingsRectified > findings || organisationActions < 0) {
      throw new IllegalArgumentException("inconsistent counts for " + name);
    }
    if (findings > 0 && inspections == 0) {
      throw new IllegalArgumentException(name + ": findings need inspections");
    }
    // Fields are not yet assigned in a compact constructor: use the parameter.
    if ((Arrays.stream(personsByForm).sum() > 0 || organisationActions > 0) && findings == 0) {
      throw new IllegalArgumentException(name + ": actions need findings");
    }
  }

  /**
   * Persons handled in all.
   *
   * @return the persons handled, over every form
   */
  public int persons() {
    return Arrays.stream(personsByForm).sum();
  }

  /**
   * Actions of every kind.
   *
   * @return the actions against persons and organisations
   */
  public int actions() {
    return persons() + organisationActions;
  }

  /**
   * {@return persons handled under each form, FIRST to FOURTH (a copy)}
   */
  @Override
  public int[] personsByForm() {
    return personsByForm.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Area a && a.county.equals(county) && a.name.equals(name) && a.units == units
        && a.inspections == inspections && a.findings == findings && a.findingsRectified == findingsRectified
        && Arrays.equals(a.personsByForm, personsByForm) && a.organisationActions == organisationActions;
  }

  @Override
  public int hashCode() {
    return Objects.hash(county, name, units, inspections, findings, Arrays.hashCode(personsByForm));
  }

  @Override
  public String toString() {
    return name + "(" + county + ")";
  }
}
