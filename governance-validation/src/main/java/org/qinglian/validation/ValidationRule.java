package org.qinglian.validation;

import java.util.List;

/**
 * 校验规则 — a rule: the codes it may report and a factory of the check that runs it over
 * one dataset. Implement it to add a custom rule, and register it on
 * {@link DatasetValidator.Builder#addRule(ValidationRule)} or through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.qinglian.validation.ValidationRule}).
 *
 * <p>A rule is shared by every validation the validator runs, from any thread, so it must
 * be stateless; state for one dataset belongs in the {@link RuleCheck} it creates.
 */
public interface ValidationRule {

  /** {@return the codes this rule may report; each code belongs to exactly one rule} */
  List<RuleDescriptor> descriptors();

  /** {@return a new check for one dataset} */
  RuleCheck newCheck();
}
