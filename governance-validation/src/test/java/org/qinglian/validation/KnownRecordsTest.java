package org.qinglian.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;

/** Records validated without a file: one alone, or a batch whose references the platform's database settles. */
class KnownRecordsTest {

  private static final DatasetValidator VALIDATOR = DatasetValidator.builder().serviceLoader(null).build();

  @Test
  void oneRecordByItsOwnRules() {
    Dataset dataset = Fixtures.dataset();
    for (RecordType type : RecordType.values()) {
      dataset.records(type).forEach(record -> {
        ValidationReport report = VALIDATOR.validateRecord(record);
        assertEquals(List.of(), report.issues(), record.toString());
      });
    }
    Unit blank = ImmutableUnit.copyOf(dataset.getUnits().get(0)).withName(" ");
    ValidationReport report = VALIDATOR.validateRecord(blank);
    assertEquals(1, report.count("FIELD_REQUIRED"), report.issues().toString());
    assertEquals("/name", report.issues().get(0).location().orElseThrow().pointer().orElseThrow());
  }

  @Test
  void aBatchResolvesAgainstTheDatabase() {
    Dataset dataset = Fixtures.dataset();
    List<org.qinglian.model.inspection.Inspection> tasks = dataset.getInspections();
    assertTrue(!tasks.isEmpty());
    // The tasks alone: every lead unit is missing from the batch.
    ValidationReport alone = VALIDATOR.validate(tasks, KnownRecords.NONE);
    assertTrue(alone.count("REF_MISSING") > 0, alone.issues().toString());
    Set<String> units = Set.copyOf(dataset.getUnits().stream().map(Unit::getId).toList());
    KnownRecords database = new KnownRecords() {
      @Override
      public boolean contains(RecordType type, String id) {
        return type == RecordType.UNIT && units.contains(id)
            || type == RecordType.TASK && dataset.getTasks().stream().anyMatch(t -> t.getId().equals(id));
      }

      @Override
      public Optional<UnitCategory> unitCategory(String unitId) {
        return dataset.getUnits().stream().filter(u -> u.getId().equals(unitId)).map(Unit::getCategory).findFirst();
      }
    };
    ValidationReport resolved = VALIDATOR.validate(tasks, database);
    assertEquals(0, resolved.count("REF_MISSING"), resolved.issues().toString());
    assertEquals(0, resolved.count("REF_WRONG_KIND"), resolved.issues().toString());
    assertEquals((long) tasks.size(), resolved.recordsRead().get(RecordType.INSPECTION));
    // The database says the inspecting body is a school: it must be an organ.
    KnownRecords wrong = new KnownRecords() {
      @Override
      public boolean contains(RecordType type, String id) {
        return database.contains(type, id);
      }

      @Override
      public Optional<UnitCategory> unitCategory(String unitId) {
        return Optional.of(UnitCategory.SCHOOL);
      }
    };
    assertTrue(VALIDATOR.validate(tasks, wrong).count("REF_WRONG_KIND") > 0);
  }
}
