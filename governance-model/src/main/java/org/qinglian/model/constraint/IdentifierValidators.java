package org.qinglian.model.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.identifier.ResidentId;

/**
 * 标识码校验器 — the validators behind {@link ValidIdentifier}. Public only because Bean Validation
 * providers instantiate them reflectively; not part of the API.
 */
public final class IdentifierValidators {

  private IdentifierValidators() {}

  /** 行政区划代码校验 — {@link ValidIdentifier} on a {@link DivisionCode}. */
  public static final class ForDivisionCode implements ConstraintValidator<ValidIdentifier, DivisionCode> {
    /** Made by Bean Validation for each constraint it checks. */
    public ForDivisionCode() {}

    @Override
    public boolean isValid(DivisionCode value, ConstraintValidatorContext context) {
      return value == null || value.isValid();
    }
  }

  /** 统一社会信用代码校验 — {@link ValidIdentifier} on a {@link CreditCode}. */
  public static final class ForCreditCode implements ConstraintValidator<ValidIdentifier, CreditCode> {
    /** Made by Bean Validation for each constraint it checks. */
    public ForCreditCode() {}

    @Override
    public boolean isValid(CreditCode value, ConstraintValidatorContext context) {
      return value == null || value.isValid();
    }
  }

  /** 公民身份号码校验 — {@link ValidIdentifier} on a {@link ResidentId}. */
  public static final class ForResidentId implements ConstraintValidator<ValidIdentifier, ResidentId> {
    /** Made by Bean Validation for each constraint it checks. */
    public ForResidentId() {}

    @Override
    public boolean isValid(ResidentId value, ConstraintValidatorContext context) {
      return value == null || value.isValid();
    }
  }
}
