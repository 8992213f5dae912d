/**
 * 数据校验 — the validator and its rules. Custom rules come through {@link java.util.ServiceLoader}
 * ({@code provides org.qinglian.validation.ValidationRule with …} in a rule module).
 */
open module org.qinglian.validation {
  requires transitive org.qinglian.model;
  requires org.hibernate.validator;

  exports org.qinglian.validation;

  uses org.qinglian.validation.ValidationRule;
}
