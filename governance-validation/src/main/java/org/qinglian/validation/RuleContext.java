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
   */
  default SourceLocation location(String path) {
    return location();
  }

  /**
   * Starts an issue of {@code code} about the record being checked (none outside
   * {@link RuleCheck#record}); finish it with {@link IssueBuilder#report()}.
   */
  IssueBuilder issue(String code);

  /** Starts an issue of {@code rule}'s code; see {@link #issue(String)}. */
  default IssueBuilder issue(RuleDescriptor rule) {
    return issue(rule.code());
  }

  /** An issue under construction. */
  interface IssueBuilder {

    /** The record concerned and where it was read (for issues settled at the end). */
    IssueBuilder about(RecordType type, String id, SourceLocation location);

    /** The record concerned, at the current location. */
    default IssueBuilder about(GovernanceRecord record) {
      return about(record.recordType(), record.getId(), null);
    }

    /** The field path inside the record, for example {@code rectification.deadline}. */
    IssueBuilder path(String path);

    /**
     * A message argument, kept typed for reports ({@link Issue#arguments()}) and rendered in
     * the validator's language for the message: a code list entry by its label, a
     * {@link org.qinglian.model.text.Reason} by its template, anything else with
     * {@code String.valueOf}. Give reasons, never text in one language.
     */
    IssueBuilder arg(String name, Object value);

    /** {@return the reason {@code code} of the engine's bundle ({@code reason.CODE}), with its arguments, as {@code {reason}}} */
    default IssueBuilder reason(String code, Object... namesAndValues) {
      return arg("reason", org.qinglian.model.text.Reason.of(RuleDescriptor.bundle(), code, namesAndValues));
    }

    /** Reports the issue (unless its code is suppressed). */
    void report();
  }
}
