package org.qinglian.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.KnownRecords;
import org.qinglian.validation.ValidationReport;

/**
 * A delivery without its units: every reference to a unit dangles. Past the references kept
 * whole, the rest are kept as fingerprints; the counts must be what keeping every one whole
 * gives (a resolver that knows nothing keeps them all whole).
 */
class DanglingReferencesTest {

  @Test
  void countsStayExactWhenReferencesAreKeptAsFingerprints() {
    Dataset dataset = DatasetGenerator.of(Plan.ofSize(80_000), 3).toDataset();
    List<GovernanceRecord> withoutUnits = new ArrayList<>();
    for (RecordType type : RecordType.values()) {
      if (type != RecordType.UNIT) {
        withoutUnits.addAll(dataset.records(type));
      }
    }
    DatasetValidator validator = DatasetValidator.builder().serviceLoader(null).build();
    ValidationReport compact = validator.validate(withoutUnits, KnownRecords.NONE);
    ValidationReport whole = validator.validate(withoutUnits, (type, id) -> false);
    assertTrue(compact.count("REF_MISSING") > 20_000, "more dangling references than are kept whole: "
        + compact.count("REF_MISSING"));
    assertEquals(whole.count("REF_MISSING"), compact.count("REF_MISSING"));
    assertEquals(whole.count("REF_WRONG_KIND"), compact.count("REF_WRONG_KIND"));
    assertEquals(whole.totalIssues(), compact.totalIssues());
    assertTrue(compact.isTruncated());
    assertEquals(whole.issues().size(), compact.issues().size(), "as many listed examples");
  }
}
