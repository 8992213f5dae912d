package org.qinglian.io;

import java.util.Optional;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.validation.SourceLocation;

/**
 * 记录接收器 — receives what a reader reads, in order: the header first (when the input has
 * one), then declared totals and records with their locations, and the issues found along
 * the way. {@link ExchangeReader#validate} connects a reader to a validation session.
 */
public interface RecordSink {

  void header(DatasetHeader header, SourceLocation location);

  void declaredTotals(DeclaredTotals totals, SourceLocation location);

  void record(GovernanceRecord record, SourceLocation location);

  /** A record that could not be built; its problems were sent to {@link #issue} before. */
  void unbuiltRecord(RecordType type, Optional<String> id, SourceLocation location);

  /** An unknown top-level member of a JSON document, kept as JSON text. */
  void datasetExtension(String name, String json);

  void issue(ReadIssue issue);
}
