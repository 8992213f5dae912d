package org.qinglian.validation;

import org.qinglian.model.location.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.accountability.OrganizationSubject;
import org.qinglian.model.accountability.PersonSubject;
import org.qinglian.model.assessment.AssessmentRecord;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.indicator.Indicator;
import org.qinglian.model.inspection.Inspection;
import org.qinglian.model.task.KeyTask;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;

/**
 * {@code REF_MISSING} and {@code REF_WRONG_KIND}: every reference names a record of the
 * right type (and, for lead departments and inspecting, deciding and assessing bodies, an
 * organ unit). References to records already read are settled at once; forward
 * references wait, compactly, for {@link RuleCheck#finish}.
 */
final class ReferenceRule implements ValidationRule {

  static final RuleDescriptor REF_MISSING = RuleDescriptor.builtIn("REF_MISSING", Severity.ERROR);
  static final RuleDescriptor REF_WRONG_KIND = RuleDescriptor.builtIn("REF_WRONG_KIND", Severity.ERROR);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(REF_MISSING, REF_WRONG_KIND);
  }

  @Override
  public RuleCheck newCheck() {
    return new Check();
  }

  /** One reference: from a record's field to an id of a type, maybe of a required category. */
  private record Ref(RecordType fromType, String fromId, SourceLocation location, String path,
      RecordType target, String id, UnitCategory requiredCategory) {}

  /**
   * References still unsettled are kept whole up to this many; past it only as fingerprints
   * (10 bytes each), so memory grows with ids, not with issues: a delivery whose every
   * reference dangles still validates in a small heap, its counts exact, its listed examples
   * taken from the references kept whole.
   */
  static final int KEPT_WHOLE = 20_000;

  private static final class Check implements RuleCheck, Collector {
    private final List<Ref> pending = new ArrayList<>();
    private long[] hashes = new long[0];
    private byte[] targets = new byte[0];
    private boolean[] organs = new boolean[0];
    private int compact;

    // The record being checked, for add(): the check collects its references itself rather than
    // through a lambda made for every record.
    private GovernanceRecord record;
    private RuleContext context;

    @Override
    public void record(GovernanceRecord record, RuleContext context) {
      this.record = record;
      this.context = context;
      try {
        references(record, this);
      } finally {
        this.record = null;
        this.context = null;
      }
    }

    // Most references point back at records already read: settle those without allocating. The id
    // is fingerprinted once (SipHash is a tenth of the validating thread): a present unit's category
    // is read by the same fingerprint, and only a wrong one goes through settle().
    @Override
    public void add(String path, int item, RecordType target, String id, UnitCategory category) {
      Index index = (Index) context.index();
      long hash = index.hashOf(id);
      if (index.containsHash(target, hash)) {
        // Settled now: the value's location is looked up only if there is an issue.
        if (category != null && wrongCategory(index, index.unitCategoryOrdinalByHash(hash), category)) {
          settle(new Ref(record.recordType(), record.getId(), null, path(path, item), target, id, category), context);
        }
        return;
      }
      if (pending.size() < KEPT_WHOLE || context.known() != KnownRecords.NONE) {
        String itemPath = path(path, item);
        pending.add(new Ref(record.recordType(), record.getId(), context.location(itemPath), itemPath, target, id,
            category));
      } else {
        keepCompact(hash, target, category);
      }
    }

    /** {@code targetUnitIds[2]} for item 2, made only for a reference that is reported or waits. */
    private static String path(String path, int item) {
      return item < 0 ? path : path + "[" + item + "]";
    }

    // Whether a unit category of the index's (by its ordinal there) is wrong where `verdictsFor` is
    // required: 0 not yet known, 1 right, 2 wrong. A dataset has a handful of categories and one
    // required category, asked about for most records.
    private UnitCategory verdictsFor;
    private byte[] verdicts = new byte[0];

    /** {@link #wrongCategory(UnitCategory, UnitCategory, RuleContext)} of the unit category {@code ordinal} of {@code index}. */
    private boolean wrongCategory(Index index, int ordinal, UnitCategory required) {
      if (ordinal == LongIntMap.ABSENT) {
        return false;
      }
      if (required != verdictsFor) {
        verdictsFor = required;
        verdicts = new byte[0];
      }
      if (ordinal >= verdicts.length) {
        verdicts = java.util.Arrays.copyOf(verdicts, Math.max(ordinal + 1, verdicts.length * 2));
      }
      if (verdicts[ordinal] == 0) {
        verdicts[ordinal] = wrongCategory(index.unitCategoryOfOrdinal(ordinal), required, context) ? (byte) 2 : 1;
      }
      return verdicts[ordinal] == 2;
    }

    /**
     * Whether a unit of category {@code actual} cannot stand where {@code required} is asked for.
     * A unit that could not be built has no category, and an unregistered one is
     * {@code UNIT_CATEGORY_UNKNOWN} already: neither is judged twice.
     */
    private static boolean wrongCategory(UnitCategory actual, UnitCategory required, RuleContext context) {
      return actual != null && context.categories().contains(actual) && !context.categories().isA(actual, required);
    }

    private void keepCompact(long hash, RecordType target, UnitCategory category) {
      if (compact == hashes.length) {
        int capacity = Math.max(1024, compact + (compact >> 1));
        hashes = java.util.Arrays.copyOf(hashes, capacity);
        targets = java.util.Arrays.copyOf(targets, capacity);
        organs = java.util.Arrays.copyOf(organs, capacity);
      }
      // Only ORGAN is ever required of a referenced unit (lead departments, inspecting, deciding, assessing bodies).
      hashes[compact] = hash;
      targets[compact] = (byte) target.ordinal();
      organs[compact] = category != null;
      compact++;
    }

    @Override
    public void finish(RuleContext context) {
      for (Ref ref : pending) {
        settle(ref, context);
      }
      pending.clear();
      Index index = (Index) context.index();
      long missing = 0;
      long wrongKind = 0;
      for (int i = 0; i < compact; i++) {
        RecordType target = RecordType.values()[targets[i]];
        long hash = hashes[i];
        if (!index.containsHash(target, hash)) {
          boolean elsewhere = false;
          for (RecordType type : RecordType.values()) {
            elsewhere |= index.containsHash(type, hash);
          }
          if (elsewhere) {
            wrongKind++;
          } else {
            missing++;
          }
        } else if (organs[i]) {
          UnitCategory category = index.unitCategoryByHash(hash).orElse(null);
          if (category != null && context.categories().contains(category)
              && !context.categories().isA(category, UnitCategory.ORGAN)) {
            wrongKind++;
          }
        }
      }
      context.countUnlisted(REF_MISSING, missing);
      context.countUnlisted(REF_WRONG_KIND, wrongKind);
      hashes = new long[0];
      compact = 0;
    }

    /** Where the reference was read: kept when it waited, else looked up while its record is checked. */
    private static SourceLocation at(Ref ref, RuleContext context) {
      return ref.location != null ? ref.location : context.location(ref.path);
    }

    private static void settle(Ref ref, RuleContext context) {
      RecordIndex index = context.index();
      if (!index.contains(ref.target, ref.id) && context.known().contains(ref.target, ref.id)) {
        // Held by the platform: judged by the category it says the unit has, if it says one.
        UnitCategory known = ref.requiredCategory == null ? null : context.known().unitCategory(ref.id).orElse(null);
        if (known != null && context.categories().contains(known) && !context.categories().isA(known, ref.requiredCategory)) {
          context.issue(REF_WRONG_KIND).about(ref.fromType, ref.fromId, at(ref, context)).path(ref.path)
              .arg("target", ref.id).arg("targetType", ref.target)
              .arg("expected", ref.requiredCategory).arg("actual", known).report();
        }
        return;
      }
      if (!index.contains(ref.target, ref.id)) {
        Optional<RecordType> other = java.util.Arrays.stream(RecordType.values())
            .filter(type -> index.contains(type, ref.id)).findFirst();
        RuleContext.IssueBuilder issue = context.issue(other.isPresent() ? REF_WRONG_KIND : REF_MISSING)
            .about(ref.fromType, ref.fromId, at(ref, context)).path(ref.path)
            .arg("target", ref.id).arg("targetType", ref.target);
        other.ifPresent(type -> issue.arg("expected", ref.target).arg("actual", type));
        issue.report();
        return;
      }
      UnitCategory category = ref.requiredCategory == null ? null : index.unitCategory(ref.id).orElse(null);
      if (ref.requiredCategory != null && wrongCategory(category, ref.requiredCategory, context)) {
        context.issue(REF_WRONG_KIND).about(ref.fromType, ref.fromId, at(ref, context)).path(ref.path)
            .arg("target", ref.id).arg("targetType", ref.target)
            .arg("expected", ref.requiredCategory).arg("actual", category).report();
      }
    }
  }

  @FunctionalInterface
  private interface Collector {
    /** The reference at {@code path}, or at its item {@code item} when that is not {@code -1}. */
    void add(String path, int item, RecordType target, String id, UnitCategory requiredCategory);
  }

  private static void references(GovernanceRecord record, Collector add) {
    if (record instanceof Unit unit) {
      optional(add, "parentId", RecordType.UNIT, unit.getParentId(), null);
      optional(add, "leadDepartmentId", RecordType.UNIT, unit.getLeadDepartmentId(), UnitCategory.ORGAN);
    } else if (record instanceof KeyTask task) {
      add.add("leadUnitId", -1, RecordType.UNIT, task.getLeadUnitId(), null);
      all(add, "supportingUnitIds", RecordType.UNIT, task.getSupportingUnitIds());
    } else if (record instanceof Inspection inspection) {
      add.add("inspectorUnitId", -1, RecordType.UNIT, inspection.getInspectorUnitId(), UnitCategory.ORGAN);
      all(add, "targetUnitIds", RecordType.UNIT, inspection.getTargetUnitIds());
      all(add, "taskIds", RecordType.TASK, inspection.getTaskIds());
    } else if (record instanceof Finding finding) {
      add.add("inspectionId", -1, RecordType.INSPECTION, finding.getInspectionId(), null);
      add.add("unitId", -1, RecordType.UNIT, finding.getUnitId(), null);
    } else if (record instanceof AccountabilityAction action) {
      optional(add, "findingId", RecordType.FINDING, action.getFindingId(), null);
      optional(add, "inspectionId", RecordType.INSPECTION, action.getInspectionId(), null);
      add.add("decidingUnitId", -1, RecordType.UNIT, action.getDecidingUnitId(), UnitCategory.ORGAN);
      if (action.getSubject() instanceof PersonSubject person) {
        optional(add, "subject.unitId", RecordType.UNIT, person.getUnitId(), null);
      } else {
        add.add("subject.unitId", -1, RecordType.UNIT, ((OrganizationSubject) action.getSubject()).getUnitId(), null);
      }
    } else if (record instanceof AssessmentRecord assessment) {
      add.add("schemeId", -1, RecordType.ASSESSMENT_SCHEME, assessment.getSchemeId(), null);
      add.add("unitId", -1, RecordType.UNIT, assessment.getUnitId(), null);
      add.add("assessorUnitId", -1, RecordType.UNIT, assessment.getAssessorUnitId(), UnitCategory.ORGAN);
    } else if (record instanceof Indicator indicator) {
      optional(add, "unitId", RecordType.UNIT, indicator.getUnitId(), null);
    }
  }

  /** A reference that may be absent (a method, not a lambda per call site: a short run links each on first use). */
  private static void optional(Collector add, String path, RecordType target, Optional<String> id, UnitCategory category) {
    if (id.isPresent()) {
      add.add(path, -1, target, id.get(), category);
    }
  }

  private static void all(Collector add, String path, RecordType target, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      add.add(path, i, target, ids.get(i), null);
    }
  }
}
