package org.qinglian.io;

import java.util.Map;
import java.util.Optional;
import org.qinglian.model.RecordType;
import org.qinglian.model.location.SourceLocation;

/** What one read needs everywhere: the options, the sink, and a count of records per file. */
final class ReadContext {

  final ReadOptions options;
  final RecordSink sink;
  private long recordsInFile;
  private final long[] bytesRead = {0};

  /** {@code in}, counted for the progress listener. */
  java.io.InputStream counted(java.io.InputStream in) {
    return new Counting(in, options.progress(), bytesRead);
  }

  ReadContext(ReadOptions options, RecordSink sink) {
    this.options = options;
    this.sink = sink;
  }

  void issue(String code, SourceLocation location, Table table, String path, Map<String, ?> args) {
    issue(code, location, table, Optional.empty(), path, args);
  }

  /** An issue about the record with {@code id} (when its id could be read). */
  void issue(String code, SourceLocation location, Table table, Optional<String> id, String path, Map<String, ?> args) {
    sink.issue(new ReadIssue(code, location, table == null ? Optional.empty() : table.recordType(), id,
        Optional.ofNullable(path), args));
  }

  void parseError(SourceLocation location, org.qinglian.model.text.Reason reason) {
    issue(ReadIssue.PARSE_ERROR, location, null, null, Map.of("reason", reason));
  }

  void startFile() {
    recordsInFile = 0;
  }

  /** Counts a record; false once the file holds more than the limit allows. */
  boolean countRecord(SourceLocation location) {
    if (++recordsInFile > options.limits().maxRecordsPerFile()) {
      parseError(location, ReadIssue.reason("RECORDS_PER_FILE", "limit", options.limits().maxRecordsPerFile()));
      return false;
    }
    return true;
  }

  /** Hands the header read at {@code location} on, when it could be bound. */
  void header(Optional<org.qinglian.model.dataset.DatasetHeader> header, SourceLocation location, RawRecord raw) {
    if (header.isPresent()) {
      sink.header(header.get(), location, raw);
    }
  }

  /** Hands the declared totals read at {@code location} on, when they could be bound. */
  void totals(Optional<org.qinglian.model.dataset.DeclaredTotals> totals, SourceLocation location, RawRecord raw) {
    if (totals.isPresent()) {
      sink.declaredTotals(totals.get(), location, raw);
    }
  }

  /**
   * Hands a raw record of a record table on, bound here or, behind a pipeline whose validating
   * thread waits for work, there (docs/performance.md, the eighth round: which thread is the
   * slower depends on the format and the machine).
   */
  void deliver(RawRecord raw) {
    if (!(sink instanceof PipelinedSink pipeline && pipeline.bindAhead(raw, options))) {
      bind(raw);
    }
  }

  /** Binds a raw record of a record table and hands it to the sink. */
  void bind(RawRecord raw) {
    Fields fields = new Fields(raw, this);
    RecordType type = raw.table.recordType().orElseThrow();
    Optional<? extends org.qinglian.model.GovernanceRecord> record = Binders.bind(type, fields);
    if (record.isPresent()) {
      sink.record(record.get(), raw.location, raw);
    } else {
      sink.unbuiltRecord(type, fields.peekText("id"), raw.location);
    }
  }
}
