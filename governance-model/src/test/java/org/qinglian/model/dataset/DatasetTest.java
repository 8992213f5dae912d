package org.qinglian.model.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.unit.ImmutableUnit;
import org.qinglian.model.unit.Unit;

class DatasetTest {

  private final Dataset dataset = Fixtures.dataset();

  @Test
  void recordsAreFoundById() {
    assertEquals(Optional.of(Fixtures.village()), dataset.findUnit("U-JA-VILLAGE-1"));
    assertEquals(Optional.of(Fixtures.task()), dataset.findTask("T-2022-001"));
    assertEquals(Optional.of(Fixtures.inspection()), dataset.findInspection("I-2022-001"));
    assertEquals(Optional.of(Fixtures.finding()), dataset.findFinding("F-2022-001"));
    assertEquals(Optional.of(Fixtures.action()), dataset.findAction("A-2022-001"));
    assertEquals(Optional.of(Fixtures.scheme()), dataset.findAssessmentScheme("S-2022"));
    assertEquals(Optional.of(Fixtures.assessment()), dataset.findAssessment("R-2022-001"));
    assertEquals(Optional.of(Fixtures.indicator()), dataset.findIndicator("M-2022-001"));
    assertEquals(Optional.empty(), dataset.findUnit("T-2022-001"), "ids are per record type");
  }

  @Test
  void everyListIsReachableByItsRecordType() {
    int total = 0;
    for (RecordType type : RecordType.values()) {
      for (GovernanceRecord record : dataset.records(type)) {
        assertEquals(type, record.recordType());
        assertEquals(Optional.of(record), dataset.find(type, record.getId()));
      }
      total += dataset.records(type).size();
    }
    assertEquals(10, total);
    assertEquals(total, dataset.recordCount());
  }

  @Test
  void theFirstOfTwoRecordsWithOneIdWins() {
    Unit second = ImmutableUnit.copyOf(Fixtures.organ()).withName("重复的单位");
    Dataset withDuplicate = ImmutableDataset.copyOf(dataset).withUnits(Fixtures.organ(), second);
    assertEquals(2, withDuplicate.getUnits().size(), "the model keeps duplicates for the validator to report");
    assertEquals(Optional.of(Fixtures.organ()), withDuplicate.findUnit("U-JA-CZJ"));
  }

  @Test
  void datasetsAreValuesWithoutNulls() {
    assertEquals(Fixtures.dataset(), dataset);
    assertEquals(Fixtures.dataset().hashCode(), dataset.hashCode());
    assertNotEquals(dataset, ImmutableDataset.copyOf(dataset).withIndicators());
    assertThrows(NullPointerException.class, () -> Unit.builder().id(null));
    assertThrows(IllegalStateException.class, () -> Unit.builder().id("U").build());
    assertEquals(Optional.empty(), Unit.builder().from(Fixtures.organ()).creditCode(Optional.empty()).build().getCreditCode());
    assertEquals(Optional.empty(), Unit.builder().from(Fixtures.organ()).parentId((String) null).build().getParentId(),
        "optional values accept null from nullable columns");
    assertThrows(UnsupportedOperationException.class, () -> dataset.getUnits().clear());
    assertTrue(dataset.getDeclaredTotals().isPresent());
  }
}
