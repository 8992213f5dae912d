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
 * 文本字符 — a text holds characters only: no control character besides tab, line feed and
 * carriage return (NUL, the vertical tab and form feed that word processors leave behind,
 * escape, DEL …), and no half of a surrogate pair.
 *
 * <p>The readers refuse such text in a file ({@code FIELD_INVALID}); this constraint says the
 * same of a record built in Java, before a writer puts it into a file its receiver refuses (XML,
 * and so a workbook, holds most of these characters only as escapes; a half pair is no
 * character in UTF-8 or GB18030 at all, and the CSV writer refuses it).
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Pattern(regexp = TextCharacters.PATTERN)
@ReportAsSingleViolation
public @interface TextCharacters {

  /**
   * The pattern every text matches: Java's syntax, and ECMA-262's with its {@code u} flag (a
   * surrogate pair is one code point there, outside the range; a half pair is not).
   */
  String PATTERN = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uD800-\\uDFFF]*";

  /**
   * {@return the message template, a key of {@code ValidationMessages} in the three languages}
   */
  String message() default "{org.qinglian.model.constraint.TextCharacters.message}";

  /**
   * {@return the validation groups the constraint belongs to (none: the default group)}
   */
  Class<?>[] groups() default {};

  /**
   * {@return payload for clients of the Bean Validation API}
   */
  Class<? extends Payload>[] payload() default {};
}
