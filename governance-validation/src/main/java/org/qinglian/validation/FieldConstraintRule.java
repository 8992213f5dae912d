package org.qinglian.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.List;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.accountability.PersonSubject;
import org.qinglian.model.constraint.ValidIdentifier;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.identifier.CreditCodeCheck;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.identifier.ResidentId;

/**
 * Field rules: the model's Bean Validation constraints, mapped to {@code FIELD_REQUIRED},
 * {@code FIELD_INVALID} and the identifier codes, with the field path.
 */
final class FieldConstraintRule implements ValidationRule {

  static final RuleDescriptor FIELD_REQUIRED = RuleDescriptor.builtIn("FIELD_REQUIRED", Severity.ERROR);
  static final RuleDescriptor FIELD_INVALID = RuleDescriptor.builtIn("FIELD_INVALID", Severity.ERROR);
  static final RuleDescriptor DIVISION_CODE_INVALID = RuleDescriptor.builtIn("DIVISION_CODE_INVALID", Severity.ERROR);
  static final RuleDescriptor CREDIT_CODE_INVALID = RuleDescriptor.builtIn("CREDIT_CODE_INVALID", Severity.ERROR);
  static final RuleDescriptor CREDIT_CODE_ORGANIZATION_CHECK = RuleDescriptor.builtIn("CREDIT_CODE_ORGANIZATION_CHECK", Severity.WARNING);
  static final RuleDescriptor RESIDENT_ID_INVALID = RuleDescriptor.builtIn("RESIDENT_ID_INVALID", Severity.ERROR);
  /** A warning: real in records from before GB 11643-1999; a platform that reads old records lowers it to INFO. */
  static final RuleDescriptor RESIDENT_ID_FIRST_GENERATION = RuleDescriptor.builtIn("RESIDENT_ID_FIRST_GENERATION", Severity.WARNING);
  /** A warning: the number is right, only its check character is written {@code x}, not {@code X}. */
  static final RuleDescriptor RESIDENT_ID_LOWER_CASE_X = RuleDescriptor.builtIn("RESIDENT_ID_LOWER_CASE_X", Severity.WARNING);

  private final FieldConstraints constraints;
  private final boolean showPersonalData;

  FieldConstraintRule(FieldConstraints constraints, boolean showPersonalData) {
    this.constraints = constraints;
    this.showPersonalData = showPersonalData;
  }

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(FIELD_REQUIRED, FIELD_INVALID, DIVISION_CODE_INVALID,
        CREDIT_CODE_INVALID, CREDIT_CODE_ORGANIZATION_CHECK, RESIDENT_ID_INVALID,
        RESIDENT_ID_FIRST_GENERATION, RESIDENT_ID_LOWER_CASE_X);
  }

  @Override
  public RuleCheck newCheck() {
    return new RuleCheck() {
      @Override
      public void header(DatasetHeader header, RuleContext context) {
        check(header, "header.", context);
      }

      @Override
      public void declaredTotals(DeclaredTotals totals, RuleContext context) {
        check(totals, "declaredTotals.", context);
      }

      @Override
      public void record(GovernanceRecord record, RuleContext context) {
        check(record, "", context);
      }
    };
  }

  private void check(Object bean, String prefix, RuleContext context) {
    boolean read = context instanceof ValidationSession.Context session && session.textsChecked();
    for (ConstraintViolation<Object> violation : read ? constraints.validateRead(bean) : constraints.validate(bean)) {
      String path = prefix + FieldConstraints.path(violation);
      Class<? extends Annotation> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
      Object value = violation.getInvalidValue();
      if (constraint == ValidIdentifier.class) {
        identifier(value, path, context);
      } else if (constraint == NotBlank.class || constraint == NotEmpty.class || constraint == NotNull.class) {
        context.issue(FIELD_REQUIRED).path(path).report();
      } else {
        boolean personal = !showPersonalData && violation.getLeafBean() instanceof PersonSubject && path.endsWith("name");
        context.issue(FIELD_INVALID).path(path)
            .arg("value", personal ? "***" : quote(value))
            .arg("constraint", violation.getMessage())
            .report();
      }
    }
  }

  private void identifier(Object value, String path, RuleContext context) {
    if (value instanceof DivisionCode code) {
      context.issue(DIVISION_CODE_INVALID).path(path).arg("value", quote(code.text()))
          .reason("DIVISION_STRUCTURE")
          .report();
    } else if (value instanceof CreditCode code) {
      RuleDescriptor rule = code.check() == CreditCodeCheck.ORGANIZATION_CODE_MISMATCH
          ? CREDIT_CODE_ORGANIZATION_CHECK : CREDIT_CODE_INVALID;
      context.issue(rule).path(path).arg("value", quote(code.text())).reason(code.check().name()).report();
    } else if (value instanceof ResidentId id) {
      // The masked form only: the full number never reaches a report.
      String shown = showPersonalData ? id.unmaskedText() : id.masked();
      if (id.check() == org.qinglian.model.identifier.ResidentIdCheck.FIRST_GENERATION) {
        context.issue(RESIDENT_ID_FIRST_GENERATION).path(path).arg("value", shown).report();
      } else if (id.check() == org.qinglian.model.identifier.ResidentIdCheck.LOWER_CASE_X) {
        context.issue(RESIDENT_ID_LOWER_CASE_X).path(path).arg("value", shown).report();
      } else {
        context.issue(RESIDENT_ID_INVALID).path(path).arg("value", shown).reason(id.check().name()).report();
      }
    }
  }

  private static String quote(Object value) {
    return "\"" + value + "\"";
  }
}
