package org.qinglian.validation;

import org.qinglian.model.location.SourceLocation;
import java.time.LocalDate;
import java.util.Optional;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.unit.UnitCategoryCatalogue;

/** 规则上下文 — what a {@link RuleCheck} may know of the dataset and how it reports. */
public interface RuleContext {

  /** {@return the header, once read} */
  Optional<DatasetHeader> header();

  /** {@return the day overdue checks count from: the validator's override, else the header's} */
  Optional<LocalDate> asOf();

  /** {@return the language of messages; rules that build text arguments choose by it} */
  java.util.Locale locale();

  /** {@return the unit categories in force} */
  UnitCategoryCatalogue categories();

  /** {@return the list of divisions in force: names places and knows which codes exist} */
  default org.qinglian.model.identifier.DivisionCatalogue divisions() {
    return org.qinglian.model.identifier.DivisionCatalogue.standard();
  }

  /** {@return records outside the data being validated that references may name; none by default} */
  default KnownRecords known() {
    return KnownRecords.NONE;
  }

  /**
   * Counts {@code count} issues of {@code rule} that are not listed (their details were not
   * kept, to bound memory): the report's counts stay exact. A rule that keeps every detail
   * never needs it.
   *
   * @param rule the rule whose issues they are
   * @param count how many
   */
  default void countUnlisted(RuleDescriptor rule, long count) {
    if (count > 0) {
      throw new UnsupportedOperationException("this context lists every issue");
    }
  }

  /**
   * How many records of {@code type} a reader could not build (a value was
   * {@code FIELD_INVALID}); their ids are in {@link #index()}, but nothing else of them is
   * known. A rule that counts or sums over records gives no verdict where they would count.
   *
   * @param type the record type
   * @return how many could not be built
   */
  default long unbuilt(org.qinglian.model.RecordType type) {
    return 0;
  }

  /** {@return the ids read so far} */
  RecordIndex index();

  /** {@return where the record being checked was read; unknown outside {@link RuleCheck#record}} */
  SourceLocation location();

  /**
   * Where the value at {@code path} of the record being checked was read, when the reader
   * said so; else {@link #location()}. A rule that reports later (at {@link RuleCheck#finish})
   * keeps this to point its issue at the value.
   *
   * @param path a field path of the record, such as {@code rectification.deadline}
   * @return where to point an issue about that field
   */
  default SourceLocation location(String path) {
    return location();
  }

  /**
   * Starts an issue of {@code code} about the record being checked (none outside
   * {@link RuleCheck#record}); finish it with {@link IssueBuilder#report()}.
   *
   * @param code the rule code
   * @return the issue to describe and report
   */
  IssueBuilder issue(String code);

  /**
   * Starts an issue of {@code rule}'s code; see {@link #issue(String)}.
   *
   * @param rule the rule
   * @return the issue to describe and report
   */
  default IssueBuilder issue(RuleDescriptor rule) {
    return issue(rule.code());
  }

  /** An issue under construction. */
  interface IssueBuilder {

    /**
     * The record concerned and where it was read (for issues settled at the end).
     *
     * @param type the record type
     * @param id the record's id
     * @param location where the record was read
     * @return this issue
     */
    IssueBuilder about(RecordType type, String id, SourceLocation location);

    /**
     * The record concerned, at the current location.
     *
     * @param record the record
     * @return this issue
     */
    default IssueBuilder about(GovernanceRecord record) {
      return about(record.recordType(), record.getId(), null);
    }

    /**
     * The field path inside the record, for example {@code rectification.deadline}.
     *
     * @param path the field path
     * @return this issue
     */
    IssueBuilder path(String path);

    /**
     * A message argument, kept typed for reports ({@link Issue#arguments()}) and rendered in
     * the validator's language for the message: a code list entry by its label, a
     * {@link org.qinglian.model.text.Reason} by its template, anything else with
     * {@code String.valueOf}. Give reasons, never text in one language.
     *
     * @param name the argument's name, as the message template writes it ({@code {name}})
     * @param value its value
     * @return this issue
     */
    IssueBuilder arg(String name, Object value);

    /**
     * {@return the reason {@code code} of the engine's bundle ({@code reason.CODE}), with its
     * arguments, as {@code {reason}}}
     *
     * @param code the reason's code
     * @param namesAndValues the reason's argument names and values, alternating
     */
    default IssueBuilder reason(String code, Object... namesAndValues) {
      return arg("reason", org.qinglian.model.text.Reason.of(RuleDescriptor.bundle(), code, namesAndValues));
    }

    /** Reports the issue (unless its code is suppressed). */
    void report();
  }
}
