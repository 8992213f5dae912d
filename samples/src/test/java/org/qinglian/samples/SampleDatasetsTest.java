package org.qinglian.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.finding.ImmutableFinding;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/** The sample dataset is consistent: every rule of the validator passes without a single issue. */
class SampleDatasetsTest {

  private static final DatasetValidator VALIDATOR = DatasetValidator.builder().build();

  private final Dataset dataset = SampleDatasets.xianyang2022();

  @Test
  void theSampleIsDeterministic() {
    assertEquals(SampleDatasets.xianyang2022(), dataset);
    assertEquals(20, dataset.recordCount());
  }

  @Test
  void theSampleValidatesWithoutAnyIssue() {
    ValidationReport report = VALIDATOR.validate(dataset);
    assertEquals(List.of(), report.issues());
    assertTrue(report.isValid());
  }

  @Test
  void theValidatorIsNotBlindToTheSample() {
    ImmutableDataset broken = ImmutableDataset.copyOf(dataset)
        .withFindings(ImmutableFinding.copyOf(dataset.getFindings().get(0)).withInspectionId("XY-I-NONE"),
            dataset.getFindings().get(1));
    ValidationReport report = VALIDATOR.validate(broken);
    assertEquals(1, report.count("REF_MISSING"), report.issues().toString());
  }

  @Test
  void aFamilyNeverHasACreditCode() {
    assertEquals(Optional.empty(), dataset.findUnit("XY-FAMILY-1").orElseThrow().getCreditCode());
  }
}
