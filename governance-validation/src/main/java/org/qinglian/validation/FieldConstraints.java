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
 * The Bean Validation engine behind the field rules: built once per validator, shared by
 * all its sessions (Hibernate Validator's validators are thread-safe). Messages go through
 * {@link ParameterMessageInterpolator}, which never evaluates expression language, so a
 * {@code ${…}} in data stays text.
 */
final class FieldConstraints {

  private static final Pattern CONTAINER_NODE = Pattern.compile("\\.<[^>]+>");

  private final ValidatorFactory factory;
  private final Validator validator;
  private final FastGate gate;

  FieldConstraints(Locale locale) {
    Locale messages = org.qinglian.model.text.Localization.resolve(locale);
    this.factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator(
            Set.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE), messages, false))
        .buildValidatorFactory();
    this.validator = factory.getValidator();
    this.gate = new FastGate(validator);
  }

  /** The violations of {@code bean}: none at once when the fast gate passes it. */
  Set<ConstraintViolation<Object>> validate(Object bean) {
    return gate.passes(bean) ? Set.of() : validator.validate(bean);
  }

  /** Hibernate Validator alone, for tests of the gate. */
  Set<ConstraintViolation<Object>> validateFully(Object bean) {
    return validator.validate(bean);
  }

  boolean gatePasses(Object bean) {
    return gate.passes(bean);
  }

  /** {@code supportingUnitIds[0].<list element>} becomes {@code supportingUnitIds[0]}. */
  static String path(ConstraintViolation<?> violation) {
    return CONTAINER_NODE.matcher(violation.getPropertyPath().toString()).replaceAll("");
  }
}
