package org.qinglian.validation;

import org.qinglian.model.location.SourceLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.inspection.Inspection;

/**
 * {@code FINDING_OUTSIDE_INSPECTION}: a finding's unit is a target of its inspection and its
 * date lies in the inspection's period. Keeps, per inspection, its dates and 32-bit
 * fingerprints of its targets in flat arrays; a finding read before its inspection waits
 * for the end — whole up to {@link ReferenceRule#KEPT_WHOLE}, past it as fingerprints and a
 * day (14 bytes), so that a delivery whose findings all name missing inspections still
 * validates in a small heap; issues found among those are counted, not listed.
 */
final class FindingInspectionRule implements TypedRule {

  static final RuleDescriptor FINDING_OUTSIDE_INSPECTION = RuleDescriptor.builtIn("FINDING_OUTSIDE_INSPECTION", Severity.WARNING);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(FINDING_OUTSIDE_INSPECTION);
  }

  /** A finding waiting for its inspection, with where its unit and its date were read. */
  private record Pending(String id, SourceLocation unitAt, SourceLocation foundAt, String inspectionId, String unitId,
      LocalDate found) {}

  @Override
  public java.util.Set<RecordType> recordTypes() {
    return java.util.EnumSet.of(RecordType.INSPECTION, RecordType.FINDING);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      // Days since 1970 fit a char until 2149; indexed by the inspection's ordinal in the index.
      private char[] starts = new char[64];
      private char[] ends = new char[64];
      private int[] targetStart = new int[65];
      private int[] targets = new int[128];
      private int count;
      private final List<Pending> pending = new ArrayList<>();
      private long[] waitingInspections = new long[0];
      private int[] waitingUnits = new int[0];
      private char[] waitingDays = new char[0];
      private int waiting;

      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (record instanceof Inspection inspection) {
          // Only the first built inspection of an id has a window, in step with its ordinal in the index.
          Index index = (Index) context.index();
          if (index.inspectionOrdinalByHash(index.hashOf(inspection.getId())) == LongIntMap.ABSENT) {
            add(inspection, index);
          }
        } else if (record instanceof Finding finding) {
          Index index = (Index) context.index();
          int window = index.inspectionOrdinalByHash(index.hashOf(finding.getInspectionId()));
          if (window != LongIntMap.ABSENT) {
            // Checked now: the values' locations are looked up only if there is an issue.
            check(new Pending(finding.getId(), null, null, finding.getInspectionId(), finding.getUnitId(),
                finding.getFoundDate()), window, context);
          } else if (pending.size() < ReferenceRule.KEPT_WHOLE) {
            pending.add(new Pending(finding.getId(), context.location("unitId"), context.location("foundDate"),
                finding.getInspectionId(), finding.getUnitId(), finding.getFoundDate()));
          } else {
            wait(index.hashOf(finding.getInspectionId()), index.hash32Of(finding.getUnitId()), day(finding.getFoundDate()));
          }
        }
      }

      private void wait(long inspection, int unit, char found) {
        if (waiting == waitingInspections.length) {
          int capacity = Math.max(1024, waiting + (waiting >> 1));
          waitingInspections = Arrays.copyOf(waitingInspections, capacity);
          waitingUnits = Arrays.copyOf(waitingUnits, capacity);
          waitingDays = Arrays.copyOf(waitingDays, capacity);
        }
        waitingInspections[waiting] = inspection;
        waitingUnits[waiting] = unit;
        waitingDays[waiting] = found;
        waiting++;
      }

      private void add(Inspection inspection, Index index) {
        if (count == starts.length) {
          int capacity = count + (count >> 1);
          starts = Arrays.copyOf(starts, capacity);
          ends = Arrays.copyOf(ends, capacity);
          targetStart = Arrays.copyOf(targetStart, capacity + 1);
        }
        starts[count] = day(inspection.getStartDate());
        ends[count] = day(inspection.getEndDate());
        int from = targetStart[count];
        List<String> ids = inspection.getTargetUnitIds();
        if (from + ids.size() > targets.length) {
          targets = Arrays.copyOf(targets, Math.max(targets.length + (targets.length >> 1), from + ids.size()));
        }
        for (int i = 0; i < ids.size(); i++) {
          targets[from + i] = index.hash32Of(ids.get(i));
        }
        targetStart[count + 1] = from + ids.size();
        count++;
      }

      @Override
      public void finish(RuleContext context) {
        // A finding whose inspection never came is REF_MISSING; nothing to say here.
        for (Pending item : pending) {
          int window = ((Index) context.index()).inspectionOrdinal(item.inspectionId);
          if (window != LongIntMap.ABSENT) {
            check(item, window, context);
          }
        }
        pending.clear();
        long unlisted = 0;
        for (int i = 0; i < waiting; i++) {
          int window = ((Index) context.index()).inspectionOrdinalByHash(waitingInspections[i]);
          if (window != LongIntMap.ABSENT && window < count) {
            if (!isTarget(window, waitingUnits[i])) {
              unlisted++;
            }
            if (waitingDays[i] < starts[window] || waitingDays[i] > ends[window]) {
              unlisted++;
            }
          }
        }
        context.countUnlisted(FINDING_OUTSIDE_INSPECTION, unlisted);
        waitingInspections = new long[0];
        waitingUnits = new int[0];
        waitingDays = new char[0];
        waiting = 0;
      }

      private boolean isTarget(int window, int unit) {
        for (int i = targetStart[window]; i < targetStart[window + 1]; i++) {
          if (targets[i] == unit) {
            return true;
          }
        }
        return false;
      }

      private char day(LocalDate date) {
        return (char) Math.max(0, Math.min(Character.MAX_VALUE, date.toEpochDay()));
      }

      /** The location kept when the finding waited, else looked up while it is checked. */
      private SourceLocation at(SourceLocation kept, String path, RuleContext context) {
        return kept != null ? kept : context.location(path);
      }

      private void check(Pending finding, int window, RuleContext context) {
        if (window >= count) {
          return; // its inspection's record could not be built: no window, no verdict (its reading was reported)
        }
        if (!isTarget(window, ((Index) context.index()).hash32Of(finding.unitId))) {
          context.issue(FINDING_OUTSIDE_INSPECTION)
              .about(RecordType.FINDING, finding.id, at(finding.unitAt, "unitId", context)).path("unitId")
              .reason("UNIT_NOT_TARGET", "unit", finding.unitId, "inspection", finding.inspectionId)
              .report();
        }
        long found = finding.found.toEpochDay();
        if (found < starts[window] || found > ends[window]) {
          LocalDate start = LocalDate.ofEpochDay(starts[window]);
          LocalDate end = LocalDate.ofEpochDay(ends[window]);
          context.issue(FINDING_OUTSIDE_INSPECTION)
              .about(RecordType.FINDING, finding.id, at(finding.foundAt, "foundDate", context)).path("foundDate")
              .reason("FOUND_OUTSIDE_PERIOD", "found", finding.found, "start", start, "end", end)
              .report();
        }
      }
    };
  }
}
