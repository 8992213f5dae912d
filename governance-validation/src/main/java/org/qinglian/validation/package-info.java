/**
 * 校验 — the validation engine: {@link org.qinglian.validation.DatasetValidator} and its
 * rules, each with a stable code, a severity, a location and messages in simplified Chinese,
 * traditional Chinese and English (the bundle {@code org.qinglian.validation.messages}).
 * Adding a rule: {@code docs/adding-a-rule.md}.
 */
package org.qinglian.validation;
