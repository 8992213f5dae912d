package org.qinglian.model.constraint;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * 标识码有效 — a {@link org.qinglian.model.identifier.DivisionCode}, {@link
 * org.qinglian.model.identifier.CreditCode} or {@link org.qinglian.model.identifier.ResidentId}
 * that passes its standard's checks.
 *
 * <p>The Qinglian validator maps a violation to the identifier's own rule code
 * ({@code DIVISION_CODE_INVALID}, {@code CREDIT_CODE_INVALID}, {@code RESIDENT_ID_INVALID})
 * and severity; a plain Bean Validation user sees one violation per invalid code.
 */
@Documented
@Constraint(
    validatedBy = {
      IdentifierValidators.ForDivisionCode.class,
      IdentifierValidators.ForCreditCode.class,
      IdentifierValidators.ForResidentId.class
    })
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidIdentifier {

  /**
   * {@return the message template, a key of {@code ValidationMessages} in the three languages}
   */
  String message() default "{org.qinglian.model.constraint.ValidIdentifier.message}";

  /**
   * {@return the validation groups the constraint belongs to (none: the default group)}
   */
  Class<?>[] groups() default {};

  /**
   * {@return payload for clients of the Bean Validation API}
   */
  Class<? extends Payload>[] payload() default {};
}
