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
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * 非空文本 — a text, when present, holds something besides white space.
 *
 * <p>Use it inside {@code Optional<@HasText String>}: {@code @NotBlank} there would reject
 * an empty optional, because the provider hands the constraint {@code null} for it.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Pattern(regexp = "(?s).*\\S.*")
@ReportAsSingleViolation
public @interface HasText {

  /**
   * {@return the message template, a key of {@code ValidationMessages} in the three languages}
   */
  String message() default "{org.qinglian.model.constraint.HasText.message}";

  /**
   * {@return the validation groups the constraint belongs to (none: the default group)}
   */
  Class<?>[] groups() default {};

  /**
   * {@return payload for clients of the Bean Validation API}
   */
  Class<? extends Payload>[] payload() default {};
}
