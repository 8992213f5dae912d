package org.qinglian.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
   * @param path the file, folder or ZIP to read; its format comes from the options, else from the
   *     name and first bytes
   * @param options how to read: format, encoding, read limits, unit categories, progress
   * @param sink where the header, totals, records and issues go, in that order
   * @throws IOException when the input cannot be opened or read
   */
  public static void read(Path path, ReadOptions options, RecordSink sink) throws IOException {
    read(path, path.toString(), options, sink);
  }

  /**
   * Streams an exchange that arrives as a stream — an upload, a message body — into
   * {@code sink}. The format is {@code options.format()}, else told by {@code name}'s
   * extension, else by the first bytes (a ZIP, a JSON document or JSON Lines; a CSV folder
   * cannot come as a stream). {@code name} stands for the input in locations
   * ({@code upload.zip!/units.csv:3:1}). The stream is copied to a temporary file first (a
   * ZIP needs random access, a JSON document two passes), never held in memory; a ZIP larger
   * than {@link ReadLimits#maxZipBytes()} is refused while it is copied. The caller closes
   * {@code in}.
   *
   * @param in the input, read to its end and not closed
   * @param name what the input is called in locations, such as an upload's file name; its extension
   *     may tell the format
   * @param options how to read: format, encoding, read limits, unit categories, progress
   * @param sink where the header, totals, records and issues go, in that order
   * @throws IOException when the stream cannot be read or the copy cannot be written
   */
  public static void read(InputStream in, String name, ReadOptions options, RecordSink sink) throws IOException {
    Path temp = Files.createTempFile("qinglian-read-", ".tmp");
    try {
      ReadContext context = new ReadContext(options, sink);
      byte[] head;
      try (OutputStream out = Files.newOutputStream(temp)) {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
        buffered.mark(4096);
        head = buffered.readNBytes(4096);
        buffered.reset();
        Optional<ExchangeFormat> format = options.format().or(() -> ExchangeFormat.detect(Path.of(safeName(name))))
            .filter(f -> f != ExchangeFormat.CSV_FOLDER).or(() -> ExchangeFormat.sniff(head));
        if (format.isEmpty()) {
          context.parseError(SourceLocation.inFile(name, 0, 0), ReadIssue.reason("FORMAT_UNKNOWN"));
          return;
        }
        long cap = format.get() == ExchangeFormat.CSV_ZIP ? options.limits().maxZipBytes() : Long.MAX_VALUE;
        long copied = buffered.transferTo(new Capped(out, cap));
        if (copied < 0) {
          return;
        }
        options = ReadOptions.builder().from(options).format(format.get()).build();
      } catch (InputLimitException e) {
        context.parseError(SourceLocation.inFile(name, 0, 0), e.reason());
        return;
      }
      read(temp, name, options, sink);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Streams a JSON document or JSON Lines that arrives as characters (a ZIP cannot) into
   * {@code sink}; otherwise as {@link #read(InputStream, String, ReadOptions, RecordSink)}.
   * The caller closes {@code in}.
   *
   * @param in the input, read to its end and not closed
   * @param name what the input is called in locations, such as an upload's file name; its extension
   *     may tell the format
   * @param options how to read: format, encoding, read limits, unit categories, progress
   * @param sink where the header, totals, records and issues go, in that order
   * @throws IOException when the input cannot be opened or read (problems inside the data are
   *     issues, not exceptions)
   */
  public static void read(java.io.Reader in, String name, ReadOptions options, RecordSink sink) throws IOException {
    if (options.format().filter(f -> f == ExchangeFormat.CSV_ZIP || f == ExchangeFormat.CSV_FOLDER).isPresent()) {
      throw new IllegalArgumentException("a CSV package does not come as characters; read it as bytes");
    }
    Path temp = Files.createTempFile("qinglian-read-", ".tmp");
    try {
      try (java.io.Writer out = Files.newBufferedWriter(temp, java.nio.charset.StandardCharsets.UTF_8)) {
        transferEscapingHalfPairs(in, out);
      }
      try (InputStream bytes = Files.newInputStream(temp)) {
        read(bytes, name, options, sink);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Copies {@code in} to {@code out}, writing half of a surrogate pair standing alone as a JSON escape
   * (a backslash, {@code u}, four hexadecimal digits): characters can hold one, UTF-8 cannot, and the encoder would throw an unlocated
   * {@code MalformedInputException}. Inside a string the reader then reports it where it stands
   * ({@code FIELD_INVALID}, {@code UNPAIRED_SURROGATE}); anywhere else it is a {@code PARSE_ERROR} there,
   * as the character itself would be. Columns after it on its line count the escape's six characters.
   */
  static void transferEscapingHalfPairs(java.io.Reader in, java.io.Writer out) throws IOException {
    char[] buffer = new char[8192];
    int kept = 0; // a high surrogate at the end of a read, waiting for the next character
    int read;
    while ((read = in.read(buffer, kept, buffer.length - kept)) != -1 || kept > 0) {
      int end = kept + Math.max(read, 0);
      int last = read == -1 ? end : end - 1; // the last character may begin a pair the next read ends
      int from = 0;
      int i = 0;
      for (; i < end; i++) {
        char c = buffer[i];
        if (!Character.isSurrogate(c)) {
          continue;
        }
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(buffer[i + 1])) {
          i++;
        } else if (Character.isHighSurrogate(c) && i == last && i + 1 == end && read != -1) {
          break; // decided with the next read
        } else {
          out.write(buffer, from, i - from);
          out.write(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          from = i + 1;
        }
      }
      out.write(buffer, from, i - from);
      kept = end - i;
      if (kept > 0) {
        buffer[0] = buffer[i];
      }
      if (read == -1) {
        kept = 0;
      }
    }
  }

  private static String safeName(String name) {
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return last.isEmpty() || last.contains("\u0000") ? "input" : last;
  }

  /** Reads {@code path} (of any file system), naming it {@code file} in locations. */
  private static void read(Path path, String file, ReadOptions options, RecordSink sink) throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such file or folder");
    }
    ReadContext context = new ReadContext(options, sink);
    Optional<ExchangeFormat> format = options.format().or(() -> ExchangeFormat.detect(path));
    if (format.isEmpty()) {
      context.parseError(SourceLocation.inFile(file, 0, 0), ReadIssue.reason("FORMAT_UNKNOWN"));
      return;
    }
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
        if (path.getFileSystem() == java.nio.file.FileSystems.getDefault()) {
          new CsvPackageReader(context).readZip(path, file);
        } else {
          // ZipFile reads only files of the default file system: copy one from elsewhere first.
          Path copy = Files.createTempFile("qinglian-zip-", ".zip");
          try {
            try (InputStream in = Files.newInputStream(path); OutputStream out = Files.newOutputStream(copy)) {
              in.transferTo(new Capped(out, options.limits().maxZipBytes()));
            } catch (InputLimitException e) {
              context.parseError(SourceLocation.inFile(file, 0, 0), e.reason());
              return;
            }
            new CsvPackageReader(context).readZip(copy, file);
          } finally {
            Files.deleteIfExists(copy);
          }
        }
        break;
      default:
        throw new AssertionError(format);
    }
  }

  /**
   * Reads a small exchange that arrives as a stream into memory; see {@link #read(InputStream,
   * String, ReadOptions, RecordSink)}.
   *
   * @param in the input, read to its end and not closed
   * @param name what the input is called in locations, such as an upload's file name; its extension
   *     may tell the format
   * @param options how to read: format, encoding, read limits, unit categories, progress
   * @return the dataset as far as it could be built, with every read issue
   * @throws IOException when the input cannot be opened or read (problems inside the data are
   *     issues, not exceptions)
   */
  public static ReadResult readDataset(InputStream in, String name, ReadOptions options) throws IOException {
    Collector collector = new Collector();
    read(in, name, options, collector);
    return collector.result();
  }

  /**
   * Reads and validates an exchange that arrives as a stream; see {@link #read(InputStream, String,
   * ReadOptions, RecordSink)}.
   *
   * @param in the input, read to its end and not closed
   * @param name what the input is called in locations, such as an upload's file name; its extension
   *     may tell the format
   * @param options how to read: format, encoding, read limits, unit categories, progress
   * @param validator the validator whose rules run on the records as they are read
   * @return the report: read issues and rule issues together, located in the input
   * @throws IOException when the input cannot be opened or read (problems inside the data are
   *     issues, not exceptions)
   */
  public static ValidationReport validate(InputStream in, String name, ReadOptions options, DatasetValidator validator)
      throws IOException {
    ValidationSession session = validator.newSession();
    try (PipelinedSink pipeline = new PipelinedSink(sinkFor(session))) {
      read(in, name, options, pipeline);
    }
    return session.finish();
  }

  /** Copies at most {@code cap} bytes; more is a read limit passed. */
  private static final class Capped extends java.io.FilterOutputStream {
    private final long cap;
    private long written;

    Capped(OutputStream out, long cap) {
      super(out);
      this.cap = cap;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      written += len;
      if (written > cap) {
        throw new InputLimitException(ReadIssue.reason("ZIP_TOO_LARGE", "limit", cap));
      }
      out.write(b, off, len);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }
  }

  /**
   * Reads a small exchange into memory.
   *
   * @param path the file, folder or ZIP to read; its format comes from the options, else from the
   *     name and first bytes
   * @param options how to read: format, encoding, read limits, unit categories, progress
   * @return the dataset as far as it could be built, with every read issue
   * @throws IOException when the input cannot be opened or read (problems inside the data are
   *     issues, not exceptions)
   */
  public static ReadResult readDataset(Path path, ReadOptions options) throws IOException {
    Collector collector = new Collector();
    read(path, options, collector);
    return collector.result();
  }

  /**
   * Reads and validates {@code path} in one pass: read issues and rule issues land in one
   * report, located in the file.
   *
   * @param path the file, folder or ZIP to read; its format comes from the options, else from the
   *     name and first bytes
   * @param options how to read: format, encoding, read limits, unit categories, progress
   * @param validator the validator whose rules run on the records as they are read
   * @return the report: read issues and rule issues together, located in the file
   * @throws IOException when the input cannot be opened or read (problems inside the data are
   *     issues, not exceptions)
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

  /** 数据来源 — something that reads an exchange into a sink: another format's reader (a workbook). */
  @FunctionalInterface
  public interface Source {
    /**
     * Streams the exchange into {@code sink}, as {@link ExchangeReader#read(Path, ReadOptions,
     * RecordSink)} does.
     *
     * @param sink where the header, totals, records and issues go, in that order
     * @throws IOException when the input cannot be opened or read
     */
    void readInto(RecordSink sink) throws IOException;
  }

  /**
   * Reads a small exchange from {@code source} (another format's reader) into memory.
   *
   * @param source a reader of another format (a workbook, for example) that streams into the sink it is given
   * @return the dataset as far as it could be built, with every read issue
   * @throws IOException when the input cannot be opened or read (problems inside the data are
   *     issues, not exceptions)
   */
  public static ReadResult readDataset(Source source) throws IOException {
    Collector collector = new Collector();
    source.readInto(collector);
    return collector.result();
  }

  /**
   * Reads {@code source} and validates it in one pass, as {@link #validate(Path, ReadOptions,
   * DatasetValidator)} does: reading on this thread, the rules on another.
   *
   * @param source a reader of another format (a workbook, for example) that streams into the sink it is given
   * @param validator the validator whose rules run on the records as they are read
   * @return the report: read issues and rule issues together, located in the source
   * @throws IOException when the input cannot be opened or read (problems inside the data are
   *     issues, not exceptions)
   */
  public static ValidationReport validate(Source source, DatasetValidator validator) throws IOException {
    ValidationSession session = validator.newSession();
    try (PipelinedSink pipeline = new PipelinedSink(sinkFor(session))) {
      source.readInto(pipeline);
    }
    return session.finish();
  }

  /**
   * {@return a sink that feeds {@code session}: records, read issues and unbuilt records' ids}
   *
   * @param session the session to feed; the caller finishes it
   */
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
    public void header(DatasetHeader header, SourceLocation location, org.qinglian.model.location.FieldLocations fields) {
      session.header(header, location, fields);
    }

    @Override
    public void declaredTotals(DeclaredTotals totals, SourceLocation location) {
      session.declaredTotals(totals, location);
    }

    @Override
    public void declaredTotals(DeclaredTotals totals, SourceLocation location, org.qinglian.model.location.FieldLocations fields) {
      session.declaredTotals(totals, location, fields);
    }

    @Override
    public void record(GovernanceRecord record, SourceLocation location) {
      session.record(record, location);
    }

    @Override
    public void record(GovernanceRecord record, SourceLocation location, org.qinglian.model.location.FieldLocations fields) {
      session.record(record, location, fields);
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
      session.readIssue(issue.code(), issue.location(), issue.recordType(), issue.recordId(), issue.path(),
          issue.arguments());
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
