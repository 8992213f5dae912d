package org.qinglian.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.accountability.PersonSubject;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.inspection.Inspection;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/**
 * The presets reproduce the published reports' figures: declared where the model has a place
 * for them, counted from the records otherwise, and always reconciled by the validator.
 */
class PresetsTest {

  private static final DatasetValidator VALIDATOR = DatasetValidator.builder().build();
  private static Dataset wuhan;
  private static Dataset xianyang;
  private static Dataset zhejiang;

  @BeforeAll
  static void generate() {
    wuhan = DatasetGenerator.of(Presets.wuhan2022(), 2022).toDataset();
    xianyang = DatasetGenerator.of(Presets.xianyang(), 2023).toDataset();
    zhejiang = DatasetGenerator.of(Presets.zhejiangVillages(), 2023).toDataset();
  }

  private static void reconciles(Dataset dataset) {
    ValidationReport report = VALIDATOR.validate(dataset);
    assertEquals(List.of(), report.issues(), dataset.getHeader().getDatasetId());
  }

  private static String commission(Dataset dataset, String area) {
    return dataset.getUnits().stream().filter(u -> u.getName().equals("中共" + area + "纪律检查委员会")).findFirst()
        .orElseThrow().getId();
  }

  private static Set<String> inspectionsBy(Dataset dataset, String commission) {
    return dataset.getInspections().stream().filter(i -> i.getInspectorUnitId().equals(commission))
        .map(Inspection::getId).collect(Collectors.toSet());
  }

  private static List<Finding> findingsOf(Dataset dataset, Set<String> inspections) {
    return dataset.getFindings().stream().filter(f -> inspections.contains(f.getInspectionId())).toList();
  }

  private static Map<DisciplineForm, Long> personsBy(Dataset dataset, String commission) {
    return dataset.getActions().stream()
        .filter(a -> a.getDecidingUnitId().equals(commission) && a.getSubject() instanceof PersonSubject)
        .collect(Collectors.groupingBy(a -> a.getForm().orElseThrow(), Collectors.counting()));
  }

  @Test
  void wuhan2022() {
    DeclaredTotals totals = wuhan.getDeclaredTotals().orElseThrow();
    assertEquals(OptionalLong.of(4_637), totals.getInspections());
    assertEquals(OptionalLong.of(582), totals.getFindingsRectified());
    assertEquals(OptionalLong.of(525), totals.getPersonsHandled());
    reconciles(wuhan);

    String jiangan = commission(wuhan, "江岸区");
    assertEquals(Map.of(DisciplineForm.FIRST, 15L), personsBy(wuhan, jiangan), "Jiang'an: 15 persons, first form");

    String qiaokou = commission(wuhan, "硚口区");
    Set<String> qiaokouInspections = inspectionsBy(wuhan, qiaokou);
    assertEquals(320, qiaokouInspections.size());
    assertEquals(73, findingsOf(wuhan, qiaokouInspections).size());
    assertEquals(91, personsBy(wuhan, qiaokou).values().stream().mapToLong(Long::longValue).sum());

    String jianghan = commission(wuhan, "江汉区");
    Set<String> jianghanInspections = inspectionsBy(wuhan, jianghan);
    assertEquals(100, jianghanInspections.size());
    assertEquals(62, findingsOf(wuhan, jianghanInspections).stream()
        .filter(f -> f.getRectification().getCompletedDate().isPresent()).count());
  }

  @Test
  void xianyang() {
    assertEquals(234, xianyang.getTasks().size());
    Set<String> leadDepartments = new HashSet<>();
    xianyang.getUnits().forEach(u -> u.getLeadDepartmentId().ifPresent(leadDepartments::add));
    xianyang.getTasks().forEach(t -> leadDepartments.add(t.getLeadUnitId()));
    assertEquals(25, leadDepartments.size());
    Set<UnitCategory> lines = xianyang.getUnits().stream().filter(u -> !u.getName().contains("纪律检查委员会"))
        .map(Unit::getCategory).collect(Collectors.toSet());
    assertEquals(6, lines.size(), lines.toString());
    reconciles(xianyang);
  }

  @Test
  void zhejiangVillages() {
    DeclaredTotals totals = zhejiang.getDeclaredTotals().orElseThrow();
    assertEquals(OptionalLong.of(1_498), totals.getFindings());
    assertEquals(OptionalLong.of(470), totals.getPersonsHandled());
    assertEquals(0, new BigDecimal("15030000.00").compareTo(totals.getMoneyRecovered().orElseThrow()));
    List<Unit> cooperatives = zhejiang.getUnits().stream()
        .filter(u -> u.getCategory().equals(UnitCategory.VILLAGE_COMMUNITY)).toList();
    assertEquals(23_000, cooperatives.size());
    Set<String> checked = new HashSet<>();
    zhejiang.getInspections().forEach(i -> checked.addAll(i.getTargetUnitIds()));
    assertTrue(cooperatives.stream().allMatch(u -> checked.contains(u.getId())), "every cooperative is checked");
    assertEquals(470, zhejiang.getActions().stream().map(AccountabilityAction::getSubject)
        .filter(s -> s instanceof PersonSubject).map(s -> ((PersonSubject) s).getPersonId()).distinct().count());
    reconciles(zhejiang);
  }
}
