package org.qinglian.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Bean Validation engine behind the field rules: the fast gate for every bean, and
 * Hibernate Validator, started once per validator on the first bean the gate refuses, to
 * name the violations; shared by all sessions (both are thread-safe). Messages go through
 * {@link ParameterMessageInterpolator}, which never evaluates expression language, so a
 * {@code ${…}} in data stays text.
 */
final class FieldConstraints {

  private static final Pattern CONTAINER_NODE = Pattern.compile("\\.<[^>]+>");

  private final Locale messages;
  private final FastGate gate = new FastGate();
  private final FastGate readGate = new FastGate(true);
  private volatile Validator validator; // started on the first bean the gate refuses

  FieldConstraints(Locale locale) {
    this.messages = org.qinglian.model.text.Localization.resolve(locale);
  }

  /** The violations of {@code bean}: none at once when the fast gate passes it. */
  Set<ConstraintViolation<Object>> validate(Object bean) {
    return gate.passes(bean) ? Set.of() : validator().validate(bean);
  }

  /** {@link #validate}, for a bean a reader built, whose text it has checked already. */
  Set<ConstraintViolation<Object>> validateRead(Object bean) {
    return readGate.passes(bean) ? Set.of() : validator().validate(bean);
  }

  /** Hibernate Validator alone, for tests of the gate. */
  Set<ConstraintViolation<Object>> validateFully(Object bean) {
    return validator().validate(bean);
  }

  boolean gatePasses(Object bean) {
    return gate.passes(bean);
  }

  /** Whether Hibernate Validator was needed so far (a clean exchange never starts it). */
  boolean started() {
    return validator != null;
  }

  private Validator validator() {
    Validator result = validator;
    if (result == null) {
      synchronized (this) {
        result = validator;
        if (result == null) {
          ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
              .configure()
              .messageInterpolator(new ParameterMessageInterpolator(
                  Set.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE), messages, false))
              .buildValidatorFactory();
          result = factory.getValidator(); // the factory lives as long as this validator: it holds no resources
          validator = result;
        }
      }
    }
    return result;
  }

  /** {@code supportingUnitIds[0].<list element>} becomes {@code supportingUnitIds[0]}. */
  static String path(ConstraintViolation<?> violation) {
    return CONTAINER_NODE.matcher(violation.getPropertyPath().toString()).replaceAll("");
  }
}
