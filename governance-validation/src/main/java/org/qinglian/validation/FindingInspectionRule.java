package org.qinglian.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.inspection.Inspection;

/**
 * {@code FINDING_OUTSIDE_INSPECTION}: a finding's unit is a target of its inspection and its
 * date lies in the inspection's period. Keeps, per inspection, its targets and dates; a
 * finding read before its inspection waits for the end.
 */
final class FindingInspectionRule implements ValidationRule {

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(Codes.D_FINDING_OUTSIDE_INSPECTION);
  }

  private record Window(Set<String> targets, LocalDate start, LocalDate end) {}

  private record Pending(String id, SourceLocation location, String inspectionId, String unitId, LocalDate found) {}

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      private final Map<String, Window> inspections = new HashMap<>();
      private final List<Pending> pending = new ArrayList<>();

      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (record instanceof Inspection inspection) {
          inspections.putIfAbsent(inspection.getId(), new Window(
              Set.copyOf(inspection.getTargetUnitIds()), inspection.getStartDate(), inspection.getEndDate()));
        } else if (record instanceof Finding finding) {
          Pending item = new Pending(finding.getId(), context.location(), finding.getInspectionId(),
              finding.getUnitId(), finding.getFoundDate());
          if (inspections.containsKey(item.inspectionId)) {
            check(item, context);
          } else {
            pending.add(item);
          }
        }
      }

      @Override
      public void finish(RuleContext context) {
        // A finding whose inspection never came is REF_MISSING; nothing to say here.
        pending.stream().filter(p -> inspections.containsKey(p.inspectionId)).forEach(p -> check(p, context));
        pending.clear();
      }

      private void check(Pending finding, RuleContext context) {
        Window window = inspections.get(finding.inspectionId);
        boolean zh = RuleDescriptor.isChinese(context.locale());
        if (!window.targets.contains(finding.unitId)) {
          context.issue(Codes.FINDING_OUTSIDE_INSPECTION)
              .about(RecordType.FINDING, finding.id, finding.location).path("unitId")
              .arg("detail", zh
                  ? "单元 " + finding.unitId + " 不是检查 " + finding.inspectionId + " 的对象"
                  : "unit " + finding.unitId + " is not a target of inspection " + finding.inspectionId)
              .report();
        }
        if (finding.found.isBefore(window.start) || finding.found.isAfter(window.end)) {
          context.issue(Codes.FINDING_OUTSIDE_INSPECTION)
              .about(RecordType.FINDING, finding.id, finding.location).path("foundDate")
              .arg("detail", zh
                  ? "发现日期 " + finding.found + " 不在检查期间 " + window.start + "–" + window.end + " 内"
                  : "found " + finding.found + ", outside the inspection's " + window.start + "–" + window.end)
              .report();
        }
      }
    };
  }
}
