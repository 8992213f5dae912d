package org.qinglian.validation;

import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;

/**
 * 规则检查 — one rule at work on one dataset. The validator calls {@link #header} first,
 * then {@link #declaredTotals} and {@link #record} as they arrive (in file order, which
 * may put a reference before its target), then {@link #finish} once.
 *
 * <p>To keep memory bounded on very large files, keep only what later checks need (ids
 * and a few fields), never whole records.
 */
public interface RuleCheck {

  /**
   * The dataset header, when the input has one.
   *
   * @param header the dataset header
   * @param context what the check may read (index, locations) and where it reports
   */
  default void header(DatasetHeader header, RuleContext context) {}

  /**
   * The declared totals, when the input has them.
   *
   * @param totals the declared totals
   * @param context what the check may read (index, locations) and where it reports
   */
  default void declaredTotals(DeclaredTotals totals, RuleContext context) {}

  /**
   * One record; {@link RuleContext#index()} does not contain it yet.
   *
   * @param record the record
   * @param context what the check may read (index, locations) and where it reports
   */
  default void record(GovernanceRecord record, RuleContext context) {}

  /**
   * All records have been seen: settle forward references and totals.
   *
   * @param context what the check may read (index, locations) and where it reports
   */
  default void finish(RuleContext context) {}
}
