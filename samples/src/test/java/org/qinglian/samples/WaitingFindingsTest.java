package org.qinglian.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.finding.ImmutableFinding;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.KnownRecords;
import org.qinglian.validation.ValidationReport;

/**
 * Findings read before their inspections wait for them; past the ones kept whole they wait as
 * fingerprints. The count of FINDING_OUTSIDE_INSPECTION must be the same whether every
 * finding comes after its inspection (checked at once) or before it (most of them compact).
 */
class WaitingFindingsTest {

  @Test
  void countsAreExactWhenFindingsWaitAsFingerprints() {
    Dataset dataset = DatasetGenerator.of(Plan.ofSize(100_000), 5).toDataset();
    List<GovernanceRecord> findings = new ArrayList<>();
    int i = 0;
    for (Finding finding : dataset.getFindings()) {
      // Every seventh outside its inspection's period, every eleventh at a unit it did not inspect.
      Finding edited = finding;
      if (i % 7 == 0) {
        edited = ImmutableFinding.copyOf(edited).withFoundDate(LocalDate.of(2001, 1, 1));
      }
      if (i % 11 == 0) {
        edited = ImmutableFinding.copyOf(edited).withUnitId(dataset.getUnits().get(0).getId());
      }
      findings.add(edited);
      i++;
    }
    List<GovernanceRecord> inOrder = new ArrayList<>();
    List<GovernanceRecord> findingsFirst = new ArrayList<>(findings);
    for (RecordType type : RecordType.values()) {
      if (type == RecordType.FINDING) {
        inOrder.addAll(findings);
      } else {
        inOrder.addAll(dataset.records(type));
        findingsFirst.addAll(dataset.records(type));
      }
    }
    assertTrue(findings.size() > 20_000, "more waiting findings than are kept whole: " + findings.size());
    DatasetValidator validator = DatasetValidator.builder().serviceLoader(null).build();
    ValidationReport checkedAtOnce = validator.validate(inOrder, KnownRecords.NONE);
    ValidationReport waited = validator.validate(findingsFirst, KnownRecords.NONE);
    long expected = checkedAtOnce.count("FINDING_OUTSIDE_INSPECTION");
    assertTrue(expected > findings.size() / 7, "the edits are found: " + expected);
    assertEquals(expected, waited.count("FINDING_OUTSIDE_INSPECTION"));
  }
}
