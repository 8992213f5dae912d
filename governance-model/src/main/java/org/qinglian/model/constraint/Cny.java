package org.qinglian.model.constraint;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * 人民币金额 — an amount of money in yuan (CNY): not negative, at most two decimal
 * places (fen), at most fifteen integer digits.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@DecimalMin("0")
@Digits(integer = 15, fraction = 2)
@ReportAsSingleViolation
public @interface Cny {

  /**
   * {@return the message template, a key of {@code ValidationMessages} in the three languages}
   */
  String message() default "{org.qinglian.model.constraint.Cny.message}";

  /**
   * {@return the validation groups the constraint belongs to (none: the default group)}
   */
  Class<?>[] groups() default {};

  /**
   * {@return payload for clients of the Bean Validation API}
   */
  Class<? extends Payload>[] payload() default {};
}
