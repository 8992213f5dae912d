package org.qinglian.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qinglian.model.fixtures.Fixtures;
import org.qinglian.model.inspection.ImmutableInspection;
import org.qinglian.model.inspection.Inspection;
import org.qinglian.model.location.SourceLocation;
import org.qinglian.model.unit.ImmutableUnit;

/**
 * References settled as they are read: each unit category's verdict is remembered per required
 * category, and a list item's path is made only for a reference that is reported.
 */
class ReferenceCheckTest {

  private static ValidationSession session() {
    ValidationSession session = DatasetValidator.builder().serviceLoader(null).build().newSession();
    session.header(Fixtures.header(), SourceLocation.inFile("d.json", 1, 1));
    session.record(Fixtures.organ(), SourceLocation.inFile("d.json", 2, 1));
    session.record(Fixtures.commission(), SourceLocation.inFile("d.json", 3, 1));
    session.record(Fixtures.village(), SourceLocation.inFile("d.json", 4, 1));
    session.record(Fixtures.task(), SourceLocation.inFile("d.json", 5, 1));
    return session;
  }

  private static Inspection inspection(String id, String inspector) {
    return ImmutableInspection.copyOf(Fixtures.inspection()).withId(id).withInspectorUnitId(inspector);
  }

  @Test
  void eachInspectorIsJudgedByItsOwnCategory() {
    ValidationSession session = session();
    // Organ, village, organ, village, the other organ: the categories take turns.
    List<String> inspectors = List.of("U-JA-CZJ", "U-JA-VILLAGE-1", "U-JA-JW", "U-JA-VILLAGE-1", "U-JA-CZJ");
    for (int i = 0; i < inspectors.size(); i++) {
      session.record(inspection("I-" + i, inspectors.get(i)), SourceLocation.inFile("d.json", 10 + i, 1));
    }
    ValidationReport report = session.finish();
    List<String> wrong = report.issues().stream().filter(issue -> issue.code().equals(Codes.REF_WRONG_KIND))
        .map(issue -> issue.recordId().orElseThrow() + " " + issue.path().orElseThrow()).toList();
    assertEquals(List.of("I-1 inspectorUnitId", "I-3 inspectorUnitId"), wrong, report.issues().toString());
  }

  @Test
  void aListItemIsReportedAtItsIndex() {
    ValidationSession session = session();
    session.record(ImmutableInspection.copyOf(inspection("I-1", "U-JA-JW"))
        .withTargetUnitIds("U-JA-VILLAGE-1", "U-NOPE", "U-JA-CZJ").withTaskIds("T-2022-001", "T-NOPE"),
        SourceLocation.inFile("d.json", 10, 1));
    // A unit's parent that comes later: a reference that waits, with its path, to the end.
    session.record(ImmutableUnit.copyOf(Fixtures.village()).withId("U-V2").withParentId("U-LATER"),
        SourceLocation.inFile("d.json", 11, 1));
    ValidationReport report = session.finish();
    List<String> missing = report.issues().stream().filter(issue -> issue.code().equals(Codes.REF_MISSING))
        .map(issue -> issue.recordId().orElseThrow() + " " + issue.path().orElseThrow()).toList();
    assertEquals(List.of("I-1 targetUnitIds[1]", "I-1 taskIds[1]", "U-V2 parentId"), missing, report.issues().toString());
    assertEquals(Optional.empty(), report.issues().stream().filter(issue -> issue.code().equals(Codes.REF_WRONG_KIND))
        .findFirst());
  }
}
