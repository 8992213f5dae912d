package org.qinglian.validation;

import java.util.Set;
import org.qinglian.model.RecordType;

/**
 * 限定类型的规则 — a built-in rule whose check reads records of some types only: the session hands
 * it no others. A rule that does not say checks every record (every rule of an embedder).
 */
interface TypedRule extends ValidationRule {

  /** {@return the types of the records whose check does anything; the others are not handed to it} */
  Set<RecordType> recordTypes();
}
