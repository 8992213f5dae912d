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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * 记录标识 — a record id or a reference to one: 1–64 characters, a letter or digit first,
 * then letters, digits, {@code .}, {@code _}, {@code :} or {@code -}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Size(min = 1, max = 64)
@Pattern(regexp = RecordId.PATTERN)
@ReportAsSingleViolation
public @interface RecordId {

  /** The pattern every id matches (length is checked apart). */
  String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]*";

  /**
   * {@return the message template, a key of {@code ValidationMessages} in the three languages}
   */
  String message() default "{org.qinglian.model.constraint.RecordId.message}";

  /**
   * {@return the validation groups the constraint belongs to (none: the default group)}
   */
  Class<?>[] groups() default {};

  /**
   * {@return payload for clients of the Bean Validation API}
   */
  Class<? extends Payload>[] payload() default {};
}
