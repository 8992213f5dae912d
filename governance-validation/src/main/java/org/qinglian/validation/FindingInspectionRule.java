package org.qinglian.validation;

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
 * for the end.
 */
final class FindingInspectionRule implements ValidationRule {

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(Codes.D_FINDING_OUTSIDE_INSPECTION);
  }

  private record Pending(String id, SourceLocation location, String inspectionId, String unitId, LocalDate found) {}

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      private final LongIntMap inspections = new LongIntMap();
      private int[] starts = new int[64];
      private int[] ends = new int[64];
      private int[] targetStart = new int[65];
      private int[] targets = new int[128];
      private int count;
      private final List<Pending> pending = new ArrayList<>();

      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (record instanceof Inspection inspection) {
          add(inspection);
        } else if (record instanceof Finding finding) {
          Pending item = new Pending(finding.getId(), context.location(), finding.getInspectionId(),
              finding.getUnitId(), finding.getFoundDate());
          int window = inspections.get(Ids.hash(item.inspectionId));
          if (window != LongIntMap.ABSENT) {
            check(item, window, context);
          } else {
            pending.add(item);
          }
        }
      }

      private void add(Inspection inspection) {
        if (inspections.putIfAbsent(Ids.hash(inspection.getId()), count) != LongIntMap.ABSENT) {
          return;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
          targetStart = Arrays.copyOf(targetStart, count * 2 + 1);
        }
        starts[count] = (int) inspection.getStartDate().toEpochDay();
        ends[count] = (int) inspection.getEndDate().toEpochDay();
        int from = targetStart[count];
        List<String> ids = inspection.getTargetUnitIds();
        if (from + ids.size() > targets.length) {
          targets = Arrays.copyOf(targets, Math.max(targets.length * 2, from + ids.size()));
        }
        for (int i = 0; i < ids.size(); i++) {
          targets[from + i] = Ids.hash32(ids.get(i));
        }
        targetStart[count + 1] = from + ids.size();
        count++;
      }

      @Override
      public void finish(RuleContext context) {
        // A finding whose inspection never came is REF_MISSING; nothing to say here.
        for (Pending item : pending) {
          int window = inspections.get(Ids.hash(item.inspectionId));
          if (window != LongIntMap.ABSENT) {
            check(item, window, context);
          }
        }
        pending.clear();
      }

      private void check(Pending finding, int window, RuleContext context) {
        boolean zh = RuleDescriptor.isChinese(context.locale());
        int unit = Ids.hash32(finding.unitId);
        boolean target = false;
        for (int i = targetStart[window]; i < targetStart[window + 1] && !target; i++) {
          target = targets[i] == unit;
        }
        if (!target) {
          context.issue(Codes.FINDING_OUTSIDE_INSPECTION)
              .about(RecordType.FINDING, finding.id, finding.location).path("unitId")
              .arg("detail", zh
                  ? "单元 " + finding.unitId + " 不是检查 " + finding.inspectionId + " 的对象"
                  : "unit " + finding.unitId + " is not a target of inspection " + finding.inspectionId)
              .report();
        }
        long found = finding.found.toEpochDay();
        if (found < starts[window] || found > ends[window]) {
          LocalDate start = LocalDate.ofEpochDay(starts[window]);
          LocalDate end = LocalDate.ofEpochDay(ends[window]);
          context.issue(Codes.FINDING_OUTSIDE_INSPECTION)
              .about(RecordType.FINDING, finding.id, finding.location).path("foundDate")
              .arg("detail", zh
                  ? "发现日期 " + finding.found + " 不在检查期间 " + start + "–" + end + " 内"
                  : "found " + finding.found + ", outside the inspection's " + start + "–" + end)
              .report();
        }
      }
    };
  }
}
