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

  private final FieldConstraints constraints;
  private final boolean showPersonalData;

  FieldConstraintRule(FieldConstraints constraints, boolean showPersonalData) {
    this.constraints = constraints;
    this.showPersonalData = showPersonalData;
  }

  @Override
  public List<RuleDescriptor> descriptors() {
    return List.of(Codes.D_FIELD_REQUIRED, Codes.D_FIELD_INVALID, Codes.D_DIVISION_CODE_INVALID,
        Codes.D_CREDIT_CODE_INVALID, Codes.D_CREDIT_CODE_ORGANIZATION_CHECK, Codes.D_RESIDENT_ID_INVALID);
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
    for (ConstraintViolation<Object> violation : constraints.validate(bean)) {
      String path = prefix + FieldConstraints.path(violation);
      Class<? extends Annotation> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
      Object value = violation.getInvalidValue();
      if (constraint == ValidIdentifier.class) {
        identifier(value, path, context);
      } else if (constraint == NotBlank.class || constraint == NotEmpty.class || constraint == NotNull.class) {
        context.issue(Codes.FIELD_REQUIRED).path(path).report();
      } else {
        boolean personal = !showPersonalData && violation.getLeafBean() instanceof PersonSubject && path.endsWith("name");
        context.issue(Codes.FIELD_INVALID).path(path)
            .arg("value", personal ? "***" : quote(value))
            .arg("constraint", violation.getMessage())
            .report();
      }
    }
  }

  private void identifier(Object value, String path, RuleContext context) {
    boolean zh = RuleDescriptor.isChinese(context.locale());
    if (value instanceof DivisionCode code) {
      context.issue(Codes.DIVISION_CODE_INVALID).path(path).arg("value", quote(code.text()))
          .arg("detail", zh ? "应为6位或12位数字，省级段为11–89，零段之后不得有非零段" : code.problem().orElse(""))
          .report();
    } else if (value instanceof CreditCode code) {
      String rule = code.check() == CreditCodeCheck.ORGANIZATION_CODE_MISMATCH
          ? Codes.CREDIT_CODE_ORGANIZATION_CHECK : Codes.CREDIT_CODE_INVALID;
      context.issue(rule).path(path).arg("value", quote(code.text())).arg("detail", describe(code.check(), zh)).report();
    } else if (value instanceof ResidentId id) {
      // The masked form only: the full number never reaches a report.
      context.issue(Codes.RESIDENT_ID_INVALID).path(path).arg("value", showPersonalData ? id.unmaskedText() : id.masked())
          .arg("detail", describe(id.check(), zh)).report();
    }
  }

  private static String describe(Enum<?> check, boolean zh) {
    if (!zh) {
      return check.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
    switch (check.name()) {
      case "MALFORMED": return "长度或字符不符合格式";
      case "CHECK_CHARACTER_MISMATCH": return "校验码不符";
      case "ORGANIZATION_CODE_MISMATCH": return "组织机构代码校验码不符";
      case "BIRTH_DATE_INVALID": return "出生日期无效";
      default: return check.name();
    }
  }

  private static String quote(Object value) {
    return "\"" + value + "\"";
  }
}
