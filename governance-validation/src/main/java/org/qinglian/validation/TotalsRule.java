package org.qinglian.validation;

import org.qinglian.model.location.SourceLocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.accountability.AccountabilityAction;
import org.qinglian.model.accountability.DisciplineForm;
import org.qinglian.model.accountability.PersonSubject;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.finding.Finding;
import org.qinglian.model.inspection.Inspection;

/**
 * {@code TOTALS_MISMATCH}: each figure the producer declares equals the count from the
 * records — inspections; findings; findings rectified or verified; distinct persons
 * handled (by pseudonymous person id), in all and per form; money recovered on findings
 * plus money recovered in actions. A figure left out is not checked.
 */
final class TotalsRule implements TypedRule {

  static final RuleDescriptor TOTALS_MISMATCH = RuleDescriptor.builtIn("TOTALS_MISMATCH", Severity.ERROR);

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(TOTALS_MISMATCH);
  }

  @Override
  public java.util.Set<RecordType> recordTypes() {
    return java.util.EnumSet.of(RecordType.INSPECTION, RecordType.FINDING, RecordType.ACTION);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      private DeclaredTotals declared;
      // Where each declared figure was read, kept until the end when the counts are known.
      private final java.util.Map<String, SourceLocation> locations = new java.util.HashMap<>();
      private long inspections;
      private long findings;
      private long rectified;
      // Fingerprints of person ids, each with a bitmask of the forms it was handled under.
      private final LongIntMap persons = new LongIntMap();
      private final long[] byForm = new long[DisciplineForm.values().length];
      private BigDecimal money = BigDecimal.ZERO;

      @Override
      public void declaredTotals(DeclaredTotals totals, RuleContext context) {
        declared = totals;
        List<String> fields = new java.util.ArrayList<>(List.of("inspections", "findings", "findingsRectified",
            "personsHandled", "moneyRecovered"));
        for (DisciplineForm form : DisciplineForm.values()) {
          fields.add("personsHandledByForm." + form.name());
        }
        for (String field : fields) {
          locations.put(field, context.location("declaredTotals." + field));
        }
      }

      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (record instanceof Inspection) {
          inspections++;
        } else if (record instanceof Finding finding) {
          findings++;
          if (FindingRule.isRectified(finding.getRectification().getStatus())) {
            rectified++;
          }
          money = money.add(finding.getAmountRecovered().orElse(BigDecimal.ZERO));
        } else if (record instanceof AccountabilityAction action) {
          money = money.add(action.getAmountRecovered().orElse(BigDecimal.ZERO));
          if (action.getSubject() instanceof PersonSubject person) {
            long id = Ids.hash(person.getPersonId());
            int forms = persons.putIfAbsent(id, 0);
            int mask = forms == LongIntMap.ABSENT ? 0 : forms;
            if (action.getForm().isPresent()) {
              int bit = 1 << action.getForm().get().ordinal();
              if ((mask & bit) == 0) {
                byForm[action.getForm().get().ordinal()]++;
                persons.put(id, mask | bit);
              }
            }
          }
        }
      }

      @Override
      public void finish(RuleContext context) {
        if (declared == null) {
          return;
        }
        // A record the reader could not build counts as one, but its status, persons and
        // amounts are unknown: no verdict on the figures it would change.
        long unbuiltFindings = context.unbuilt(RecordType.FINDING);
        long unbuiltActions = context.unbuilt(RecordType.ACTION);
        compare(context, "inspections", declared.getInspections(), inspections + context.unbuilt(RecordType.INSPECTION));
        compare(context, "findings", declared.getFindings(), findings + unbuiltFindings);
        if (unbuiltFindings == 0) {
          compare(context, "findingsRectified", declared.getFindingsRectified(), rectified);
        }
        if (unbuiltActions == 0) {
          compare(context, "personsHandled", declared.getPersonsHandled(), persons.size());
          for (Map.Entry<DisciplineForm, Long> entry : declared.getPersonsHandledByForm().entrySet()) {
            compare(context, "personsHandledByForm." + entry.getKey().name(), OptionalLong.of(entry.getValue()),
                byForm[entry.getKey().ordinal()]);
          }
        }
        Optional<BigDecimal> declaredMoney = declared.getMoneyRecovered();
        if (unbuiltFindings + unbuiltActions == 0 && declaredMoney.isPresent() && declaredMoney.get().compareTo(money) != 0) {
          mismatch(context, "moneyRecovered", declaredMoney.get(), money);
        }
      }

      // Plain arguments, not suppliers: a short run links each lambda on its first call.
      private void compare(RuleContext context, String field, OptionalLong declaredValue, long counted) {
        if (declaredValue.isPresent() && declaredValue.getAsLong() != counted) {
          mismatch(context, field, declaredValue.getAsLong(), counted);
        }
      }

      private void mismatch(RuleContext context, String field, Object declaredValue, Object counted) {
        context.issue(TOTALS_MISMATCH).about(null, null, locations.get(field)).path("declaredTotals." + field)
            .arg("declared", declaredValue).arg("counted", counted).report();
      }
    };
  }
}
