package org.qinglian.validation;

import org.qinglian.model.location.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.assessment.AssessmentRecord;
import org.qinglian.model.assessment.AssessmentScheme;
import org.qinglian.model.assessment.Grade;
import org.qinglian.model.time.YearPeriod;

/**
 * {@code SCHEME_WEIGHTS_SUM}, {@code ASSESSMENT_TOTAL_MISMATCH},
 * {@code ASSESSMENT_GRADE_MISMATCH}, {@code ASSESSMENT_VETO_GRADE} and
 * {@code ASSESSMENT_DUPLICATE}: the arithmetic of 考评. Schemes are few and kept whole;
 * an assessment read before its scheme waits for the end.
 */
final class AssessmentRule implements TypedRule {

  static final RuleDescriptor SCHEME_WEIGHTS_SUM = RuleDescriptor.builtIn("SCHEME_WEIGHTS_SUM", Severity.ERROR);
  static final RuleDescriptor ASSESSMENT_TOTAL_MISMATCH = RuleDescriptor.builtIn("ASSESSMENT_TOTAL_MISMATCH", Severity.ERROR);
  static final RuleDescriptor ASSESSMENT_GRADE_MISMATCH = RuleDescriptor.builtIn("ASSESSMENT_GRADE_MISMATCH", Severity.ERROR);
  static final RuleDescriptor ASSESSMENT_VETO_GRADE = RuleDescriptor.builtIn("ASSESSMENT_VETO_GRADE", Severity.ERROR);
  static final RuleDescriptor ASSESSMENT_DUPLICATE = RuleDescriptor.builtIn("ASSESSMENT_DUPLICATE", Severity.ERROR);

  static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(SCHEME_WEIGHTS_SUM, ASSESSMENT_TOTAL_MISMATCH, ASSESSMENT_GRADE_MISMATCH,
        ASSESSMENT_VETO_GRADE, ASSESSMENT_DUPLICATE);
  }

  /** An assessment waiting for its scheme, with where the values it may be reported at were read. */
  private record Pending(AssessmentRecord record, Map<String, SourceLocation> at) {}

  private static final List<String> REPORTED_AT = List.of("total", "grade", "vetoReason");

  @Override
  public java.util.Set<RecordType> recordTypes() {
    return java.util.EnumSet.of(RecordType.ASSESSMENT_SCHEME, RecordType.ASSESSMENT);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      private final Map<String, AssessmentScheme> schemes = new HashMap<>();
      private final LongSet keys = new LongSet();
      private final List<Pending> pending = new ArrayList<>();

      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        if (record instanceof AssessmentScheme scheme) {
          schemes.putIfAbsent(scheme.getId(), scheme);
          BigDecimal sum = scheme.getWeights().sum();
          if (sum.compareTo(BigDecimal.ONE) != 0) {
            context.issue(SCHEME_WEIGHTS_SUM).path("weights").arg("sum", sum).report();
          }
        } else if (record instanceof AssessmentRecord assessment) {
          String key = assessment.getSchemeId() + '\u0000' + assessment.getUnitId() + '\u0000' + period(assessment.getPeriod());
          if (!keys.add(Ids.hash(key))) {
            context.issue(ASSESSMENT_DUPLICATE).path("period").arg("scheme", assessment.getSchemeId())
                .arg("unit", assessment.getUnitId()).arg("period", period(assessment.getPeriod())).report();
          }
          if (schemes.containsKey(assessment.getSchemeId())) {
            check(assessment, null, context);
          } else {
            Map<String, SourceLocation> at = new HashMap<>();
            for (String path : REPORTED_AT) {
              at.put(path, context.location(path));
            }
            pending.add(new Pending(assessment, at));
          }
        }
      }

      @Override
      public void finish(RuleContext context) {
        for (Pending p : pending) {
          if (schemes.containsKey(p.record.getSchemeId())) {
            check(p.record, p.at, context);
          }
        }
        pending.clear();
      }

      /** {@code location}: where the values were read, kept while the record waited; {@code null} asks the context. */
      private void check(AssessmentRecord assessment, Map<String, SourceLocation> location, RuleContext context) {
        AssessmentScheme scheme = schemes.get(assessment.getSchemeId());
        BigDecimal expected = assessment.getScores().weightedTotal(scheme.getWeights());
        if (expected.subtract(assessment.getTotal()).abs().compareTo(TOLERANCE) > 0) {
          issue(ASSESSMENT_TOTAL_MISMATCH, assessment, location, "total", context)
              .arg("total", assessment.getTotal()).arg("expected", expected).report();
        }
        if (assessment.isVetoed()) {
          Optional<Grade> lowestGrade = scheme.lowestGrade();
          String lowest = lowestGrade.isPresent() ? lowestGrade.get().getCode() : "";
          if (!assessment.getGrade().equals(lowest)) {
            issue(ASSESSMENT_VETO_GRADE, assessment, location, "grade", context)
                .reason("VETO_GRADE_NOT_LOWEST", "lowest", lowest, "grade", assessment.getGrade())
                .report();
          }
          if (assessment.getVetoReason().isEmpty()) {
            issue(ASSESSMENT_VETO_GRADE, assessment, location, "vetoReason", context)
                .reason("VETO_REASON_MISSING").report();
          }
        } else {
          Optional<Grade> reachedGrade = scheme.gradeFor(assessment.getTotal());
          String reached = reachedGrade.isPresent() ? reachedGrade.get().getCode() : "—";
          if (!assessment.getGrade().equals(reached)) {
            issue(ASSESSMENT_GRADE_MISMATCH, assessment, location, "grade", context)
                .arg("grade", assessment.getGrade()).arg("total", assessment.getTotal()).arg("expected", reached)
                .report();
          }
        }
      }
    };
  }

  private static RuleContext.IssueBuilder issue(RuleDescriptor code, AssessmentRecord assessment,
      Map<String, SourceLocation> location, String path, RuleContext context) {
    return context.issue(code).about(RecordType.ASSESSMENT, assessment.getId(),
        location == null ? context.location(path) : location.get(path)).path(path);
  }

  private static String period(YearPeriod period) {
    return period.getYear() + (period.getIndex().isPresent() ? "-" + period.getType() + period.getIndex().getAsInt() : "");
  }
}
