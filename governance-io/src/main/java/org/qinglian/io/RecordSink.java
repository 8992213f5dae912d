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

  /**
   * The dataset header, first when the input has one.
   *
   * @param header the dataset header
   * @param location where it was read
   */
  void header(DatasetHeader header, SourceLocation location);

  /**
   * The header, with where each of its values was read; by default those are dropped.
   *
   * @param header the dataset header
   * @param location where it was read
   * @param fields where each of its values was read, by field path
   */
  default void header(DatasetHeader header, SourceLocation location, org.qinglian.model.location.FieldLocations fields) {
    header(header, location);
  }

  /**
   * The declared totals (申报汇总数).
   *
   * @param totals the declared totals
   * @param location where it was read
   */
  void declaredTotals(DeclaredTotals totals, SourceLocation location);

  /**
   * The declared totals, with where each of their values was read; by default those are dropped.
   *
   * @param totals the declared totals
   * @param location where it was read
   * @param fields where each of its values was read, by field path
   */
  default void declaredTotals(DeclaredTotals totals, SourceLocation location, org.qinglian.model.location.FieldLocations fields) {
    declaredTotals(totals, location);
  }

  /**
   * A record and where it was read.
   *
   * @param record the record
   * @param location where it was read
   */
  void record(GovernanceRecord record, SourceLocation location);

  /**
   * One record, with where each of its values was read (so issues can point at the value);
   * by default the field locations are dropped. A sink that wraps another must pass them on.
   *
   * @param record the record
   * @param location where it was read
   * @param fields where each of its values was read, by field path
   */
  default void record(GovernanceRecord record, SourceLocation location,
      org.qinglian.model.location.FieldLocations fields) {
    record(record, location);
  }

  /**
   * A record that could not be built; its problems were sent to {@link #issue} before, so
   * ignoring it (the default) loses nothing. A validator overrides it to count the id, so
   * that references to the record do not add {@code REF_MISSING} to the real problem.
   *
   * @param type the record type
   * @param id the record's id, when it could be read
   * @param location where it was read
   */
  default void unbuiltRecord(RecordType type, Optional<String> id, SourceLocation location) {}

  /**
   * An unknown top-level member of a JSON document, kept as JSON text.
   *
   * @param name the member's name
   * @param json the member's value as JSON text
   */
  void datasetExtension(String name, String json);

  /**
   * A problem the reader found; never ignore these, they are how nothing is lost silently.
   *
   * @param issue the problem, located
   */
  void issue(ReadIssue issue);
}
