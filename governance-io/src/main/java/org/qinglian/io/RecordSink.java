package org.qinglian.io;

import java.util.Optional;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.location.SourceLocation;

/**
 * 记录接收器 — receives what a reader reads, in order: the header first (when the input has
 * one), then declared totals and records with their locations, and the issues found along
 * the way. {@link ExchangeReader#validate} connects a reader to a validation session.
 */
public interface RecordSink {

  /** The dataset header, first when the input has one. */
  void header(DatasetHeader header, SourceLocation location);

  /** The header, with where each of its values was read; by default those are dropped. */
  default void header(DatasetHeader header, SourceLocation location, org.qinglian.model.location.FieldLocations fields) {
    header(header, location);
  }

  /** The declared totals (申报汇总数). */
  void declaredTotals(DeclaredTotals totals, SourceLocation location);

  /** The declared totals, with where each of their values was read; by default those are dropped. */
  default void declaredTotals(DeclaredTotals totals, SourceLocation location, org.qinglian.model.location.FieldLocations fields) {
    declaredTotals(totals, location);
  }

  /** A record and where it was read. */
  void record(GovernanceRecord record, SourceLocation location);

  /**
   * One record, with where each of its values was read (so issues can point at the value);
   * by default the field locations are dropped. A sink that wraps another must pass them on.
   */
  default void record(GovernanceRecord record, SourceLocation location,
      org.qinglian.model.location.FieldLocations fields) {
    record(record, location);
  }

  /**
   * A record that could not be built; its problems were sent to {@link #issue} before, so
   * ignoring it (the default) loses nothing. A validator overrides it to count the id, so
   * that references to the record do not add {@code REF_MISSING} to the real problem.
   */
  default void unbuiltRecord(RecordType type, Optional<String> id, SourceLocation location) {}

  /** An unknown top-level member of a JSON document, kept as JSON text. */
  void datasetExtension(String name, String json);

  /** A problem the reader found; never ignore these, they are how nothing is lost silently. */
  void issue(ReadIssue issue);
}
