package org.qinglian.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.model.location.SourceLocation;
import org.qinglian.validation.ValidationReport;
import org.qinglian.validation.ValidationSession;

/**
 * 读取交换数据 — reads an exchange in any of its encodings ({@link ExchangeFormat}), as a
 * stream of records with their locations. Anything that cannot be read becomes a located
 * issue; the only exception is {@link IOException}, when the input cannot be opened or read
 * at all (missing file, disk error).
 */
public final class ExchangeReader {

  private ExchangeReader() {}

  /**
   * Streams {@code path} into {@code sink}: header first, then totals and records as they
   * come, with the issues found. Memory stays bounded whatever the size of the input.
   *
   * @throws IOException when the input cannot be opened or read
   */
  public static void read(Path path, ReadOptions options, RecordSink sink) throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such file or folder");
    }
    ReadContext context = new ReadContext(options, sink);
    Optional<ExchangeFormat> format = options.format().or(() -> ExchangeFormat.detect(path));
    if (format.isEmpty()) {
      context.parseError(SourceLocation.inFile(path.toString(), 0, 0), ReadIssue.reason("FORMAT_UNKNOWN"));
      return;
    }
    String file = path.toString();
    switch (format.get()) {
      case JSON:
        new JsonDocumentReader(context, file).read(path);
        break;
      case JSON_LINES:
        new JsonLinesReader(context, file).read(path);
        break;
      case CSV_FOLDER:
        if (!Files.isDirectory(path)) {
          context.parseError(SourceLocation.inFile(file, 0, 0), ReadIssue.reason("CSV_PACKAGE_FILE"));
          return;
        }
        new CsvPackageReader(context).readFolder(path);
        break;
      case CSV_ZIP:
        new CsvPackageReader(context).readZip(path);
        break;
      default:
        throw new AssertionError(format);
    }
  }

  /** Reads a small exchange into memory. */
  public static ReadResult readDataset(Path path, ReadOptions options) throws IOException {
    Collector collector = new Collector();
    read(path, options, collector);
    return collector.result();
  }

  /**
   * Reads and validates {@code path} in one pass: read issues and rule issues land in one
   * report, located in the file.
   */
  public static ValidationReport validate(Path path, ReadOptions options, DatasetValidator validator)
      throws IOException {
    ValidationSession session = validator.newSession();
    // Reading and binding on this thread, the rules on another: both cores busy.
    try (PipelinedSink pipeline = new PipelinedSink(sinkFor(session))) {
      read(path, options, pipeline);
    }
    return session.finish();
  }

  /** A sink that feeds {@code session}: records, read issues and unbuilt records' ids. */
  public static RecordSink sinkFor(ValidationSession session) {
    return new SessionSink(session);
  }

  /** Feeds a validation session. */
  private static final class SessionSink implements RecordSink {
    private final ValidationSession session;

    SessionSink(ValidationSession session) {
      this.session = session;
    }

    @Override
    public void header(DatasetHeader header, SourceLocation location) {
      session.header(header, location);
    }

    @Override
    public void declaredTotals(DeclaredTotals totals, SourceLocation location) {
      session.declaredTotals(totals, location);
    }

    @Override
    public void record(GovernanceRecord record, SourceLocation location) {
      session.record(record, location);
    }

    @Override
    public void unbuiltRecord(RecordType type, Optional<String> id, SourceLocation location) {
      id.ifPresent(value -> session.unbuiltRecord(type, value));
    }

    @Override
    public void datasetExtension(String name, String json) {
      // Reported as UNKNOWN_FIELD already; nothing to validate.
    }

    @Override
    public void issue(ReadIssue issue) {
      session.readIssue(issue.code(), issue.location(), issue.recordType(), issue.path(), issue.arguments());
    }
  }

  /** Collects a whole dataset. */
  private static final class Collector implements RecordSink {
    private DatasetHeader header;
    private DeclaredTotals totals;
    private final Map<RecordType, List<GovernanceRecord>> records = new LinkedHashMap<>();
    private final Map<String, String> extensions = new LinkedHashMap<>();
    private final List<ReadIssue> issues = new ArrayList<>();

    @Override
    public void header(DatasetHeader header, SourceLocation location) {
      this.header = header;
    }

    @Override
    public void declaredTotals(DeclaredTotals totals, SourceLocation location) {
      this.totals = totals;
    }

    @Override
    public void record(GovernanceRecord record, SourceLocation location) {
      records.computeIfAbsent(record.recordType(), t -> new ArrayList<>()).add(record);
    }

    @Override
    public void unbuiltRecord(RecordType type, Optional<String> id, SourceLocation location) {
      // Its issues are in the result.
    }

    @Override
    public void datasetExtension(String name, String json) {
      extensions.put(name, json);
    }

    @Override
    public void issue(ReadIssue issue) {
      issues.add(issue);
    }

    ReadResult result() {
      if (header == null) {
        return new ReadResult(Optional.empty(), issues);
      }
      ImmutableDataset.Builder builder = Dataset.builder().header(header).declaredTotals(Optional.ofNullable(totals))
          .extensions(extensions);
      for (var entry : records.entrySet()) {
        List<GovernanceRecord> list = entry.getValue();
        switch (entry.getKey()) {
          case UNIT: list.forEach(r -> builder.addUnits((org.qinglian.model.unit.Unit) r)); break;
          case TASK: list.forEach(r -> builder.addTasks((org.qinglian.model.task.KeyTask) r)); break;
          case INSPECTION: list.forEach(r -> builder.addInspections((org.qinglian.model.inspection.Inspection) r)); break;
          case FINDING: list.forEach(r -> builder.addFindings((org.qinglian.model.finding.Finding) r)); break;
          case ACTION:
            list.forEach(r -> builder.addActions((org.qinglian.model.accountability.AccountabilityAction) r));
            break;
          case ASSESSMENT_SCHEME:
            list.forEach(r -> builder.addAssessmentSchemes((org.qinglian.model.assessment.AssessmentScheme) r));
            break;
          case ASSESSMENT:
            list.forEach(r -> builder.addAssessments((org.qinglian.model.assessment.AssessmentRecord) r));
            break;
          case INDICATOR: list.forEach(r -> builder.addIndicators((org.qinglian.model.indicator.Indicator) r)); break;
          default: throw new AssertionError(entry.getKey());
        }
      }
      return new ReadResult(Optional.of(builder.build()), issues);
    }
  }
}
