package org.qinglian.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.qinglian.io.ReadIssue;
import org.qinglian.io.RecordSink;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.location.SourceLocation;

/**
 * Progress on standard error for large inputs: records read, records a second and percent of
 * bytes, on one line rewritten in place. Only when a person watches (a terminal): never in
 * CI logs or when the output is piped.
 */
final class Progress implements RecordSink, LongConsumer {

  private final RecordSink next;
  private final PrintStream err;
  private final long totalBytes;
  private final long start = System.nanoTime();
  private long records;
  private long bytes;
  private long lastShown;

  private final Locale locale;

  Progress(RecordSink next, PrintStream err, long totalBytes, Locale locale) {
    this.next = next;
    this.locale = locale;
    this.err = err;
    this.totalBytes = Math.max(1, totalBytes);
  }

  /** Whether a person is watching: a console, and input large enough to wait for. */
  static boolean wanted(long totalBytes) {
    return System.console() != null && totalBytes > (16 << 20);
  }

  @Override
  public void accept(long bytesRead) {
    bytes = bytesRead;
    show(false);
  }

  private void show(boolean last) {
    long now = System.nanoTime();
    if (!last && now - lastShown < 500_000_000L) {
      return;
    }
    lastShown = now;
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    // The last line says 100 %: the byte count stops short of the size by what the readers buffer.
    long percent = last ? 100 : Math.min(99, bytes * 100 / totalBytes);
    String remaining = CliTexts.get(locale, "progress.unknown");
    if (!last && bytes > 0) {
      long left = (long) (seconds * (totalBytes - bytes) / bytes);
      remaining = String.format(Locale.ROOT, "%d:%02d", left / 60, left % 60);
    } else if (last) {
      remaining = "0:00";
    }
    err.print("\r" + CliTexts.get(locale, "progress.line",
        "records", String.format(Locale.ROOT, "%,d", records),
        "rate", String.format(Locale.ROOT, "%,.0f", records / seconds),
        "percent", String.format(Locale.ROOT, "%3d", percent),
        "remaining", remaining) + "   ");
    if (last) {
      err.println();
    }
  }

  void finish() {
    show(true);
  }

  @Override
  public void header(DatasetHeader header, SourceLocation location) {
    next.header(header, location);
  }

  @Override
  public void header(DatasetHeader header, SourceLocation location, org.qinglian.model.location.FieldLocations fields) {
    next.header(header, location, fields);
  }

  @Override
  public void declaredTotals(DeclaredTotals totals, SourceLocation location) {
    next.declaredTotals(totals, location);
  }

  @Override
  public void declaredTotals(DeclaredTotals totals, SourceLocation location, org.qinglian.model.location.FieldLocations fields) {
    next.declaredTotals(totals, location, fields);
  }

  @Override
  public void record(GovernanceRecord record, SourceLocation location) {
    records++;
    next.record(record, location);
  }

  @Override
  public void record(GovernanceRecord record, SourceLocation location, org.qinglian.model.location.FieldLocations fields) {
    records++;
    next.record(record, location, fields);
  }

  @Override
  public void unbuiltRecord(RecordType type, Optional<String> id, SourceLocation location) {
    records++;
    next.unbuiltRecord(type, id, location);
  }

  @Override
  public void datasetExtension(String name, String json) {
    next.datasetExtension(name, json);
  }

  @Override
  public void issue(ReadIssue issue) {
    next.issue(issue);
  }
}
