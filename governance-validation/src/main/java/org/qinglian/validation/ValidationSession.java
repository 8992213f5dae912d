package org.qinglian.validation;

import org.qinglian.model.location.FieldLocations;
import org.qinglian.model.location.SourceLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qinglian.model.text.MessageBundle;
import org.qinglian.model.text.Reason;
import org.qinglian.model.text.Texts;
import java.util.Objects;
import java.util.Optional;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;
import org.qinglian.model.unit.UnitCategoryCatalogue;

/**
 * 校验会话 — validates one stream of records as a reader delivers them, each with the
 * place it was read. Cross-record rules keep compact indexes and settle forward
 * references in {@link #finish()}. A session belongs to one thread and one dataset.
 *
 * <p>Readers also report what they could not read ({@code PARSE_ERROR},
 * {@code UNKNOWN_FIELD}, {@code FIELD_REQUIRED}) through {@link #readIssue}, so that one
 * report holds everything wrong with the file.
 */
public final class ValidationSession {

  private final DatasetValidator validator;
  private final List<RuleCheck> checks = new ArrayList<>();
  /**
   * By record type's ordinal, in the rules' order, the checks that read records of that type: a call
   * to every check for every record, most of them returning at once, was a twentieth of the rules' time.
   */
  private final RuleCheck[][] checksByType;
  private final Index index = new Index();
  private final Collector collector;
  // Counted by ordinal, not merged into a map: this runs for every record.
  private final long[] recordsRead = new long[RecordType.values().length];
  private final Map<RecordType, Long> unbuilt = new EnumMap<>(RecordType.class);
  private final Context context = new Context();
  private DatasetHeader header;
  private GovernanceRecord currentRecord;
  private SourceLocation currentLocation = SourceLocation.unknown();
  /** The locations of what was given without any (built in Java, not read): its text is checked. */
  private static final FieldLocations NOT_READ = FieldLocations.none();
  private FieldLocations currentFields = NOT_READ;
  private boolean finished;

  private KnownRecords known = KnownRecords.NONE;

  /** Records outside the session that references may name. */
  ValidationSession known(KnownRecords known) {
    this.known = java.util.Objects.requireNonNull(known);
    return this;
  }

  ValidationSession(DatasetValidator validator, List<ValidationRule> rules) {
    this.validator = validator;
    this.collector = new Collector(validator.maxIssues(), validator.maxIssuesPerCode());
    RecordType[] types = RecordType.values();
    List<List<RuleCheck>> byType = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      byType.add(new ArrayList<>());
    }
    for (ValidationRule rule : rules) {
      RuleCheck check = rule.newCheck();
      checks.add(check);
      java.util.Set<RecordType> read = rule instanceof TypedRule typed ? typed.recordTypes() : null;
      for (RecordType type : types) {
        if (read == null || read.contains(type)) {
          byType.get(type.ordinal()).add(check);
        }
      }
    }
    checksByType = new RuleCheck[byType.size()][];
    for (int i = 0; i < checksByType.length; i++) {
      checksByType[i] = byType.get(i).toArray(new RuleCheck[0]);
    }
  }

  /**
   * The dataset header, read at {@code location}.
   *
   * @param header the dataset header
   * @param location where it was read
   */
  public void header(DatasetHeader header, SourceLocation location) {
    header(header, location, NOT_READ);
  }

  /**
   * The dataset header, read at {@code location}, with where its values were read: taken as read
   * by a reader, its text is not checked again (see {@link #record(GovernanceRecord, SourceLocation,
   * FieldLocations)}).
   *
   * @param header the dataset header
   * @param location where it was read
   * @param fields where each of its values was read, by field path
   */
  public void header(DatasetHeader header, SourceLocation location, FieldLocations fields) {
    requireOpen();
    this.header = Objects.requireNonNull(header);
    at(null, location, fields);
    for (RuleCheck check : checks) {
      check.header(header, context);
    }
    at(null, SourceLocation.unknown(), NOT_READ);
  }

  /**
   * The declared totals, read at {@code location}.
   *
   * @param totals the declared totals
   * @param location where it was read
   */
  public void declaredTotals(DeclaredTotals totals, SourceLocation location) {
    declaredTotals(totals, location, NOT_READ);
  }

  /**
   * The declared totals, read at {@code location}, with where their values were read: taken as read
   * by a reader (see {@link #record(GovernanceRecord, SourceLocation, FieldLocations)}).
   *
   * @param totals the declared totals
   * @param location where it was read
   * @param fields where each of its values was read, by field path
   */
  public void declaredTotals(DeclaredTotals totals, SourceLocation location, FieldLocations fields) {
    requireOpen();
    at(null, location, fields);
    for (RuleCheck check : checks) {
      check.declaredTotals(totals, context);
    }
    at(null, SourceLocation.unknown(), NOT_READ);
  }

  /**
   * One record, read at {@code location}.
   *
   * @param record the record
   * @param location where it was read
   */
  public void record(GovernanceRecord record, SourceLocation location) {
    record(record, location, NOT_READ);
  }

  /**
   * One record, read at {@code location}, with where its values were read: an issue about a
   * field while the record is checked points at the field's value. Such a record is taken as
   * read by a reader that refuses text no file can carry, as this SDK's readers do: its text is
   * not checked for control characters and halves of surrogate pairs again
   * ({@code @TextCharacters}; a record given without locations is).
   *
   * @param record the record
   * @param location where it was read
   * @param fields where each of its values was read, by field path
   */
  public void record(GovernanceRecord record, SourceLocation location, FieldLocations fields) {
    requireOpen();
    at(Objects.requireNonNull(record), location, fields);
    for (RuleCheck check : checksByType[record.recordType().ordinal()]) {
      check.record(record, context);
    }
    index.add(record);
    recordsRead[record.recordType().ordinal()]++;
    at(null, SourceLocation.unknown(), NOT_READ);
  }

  /**
   * A record a reader could not build (it has reported why through {@link #readIssue}): its
   * id still counts, so references to it do not add {@code REF_MISSING} to the real problem.
   *
   * @param type the record type
   * @param id the record's id
   */
  public void unbuiltRecord(RecordType type, String id) {
    requireOpen();
    index.add(type, id);
    recordsRead[type.ordinal()]++;
    unbuilt.merge(type, 1L, Long::sum);
  }

  /**
   * An issue a reader found, for example {@code PARSE_ERROR} with argument {@code detail},
   * or {@code UNKNOWN_FIELD} with argument {@code field}.
   *
   * @param code the issue's code: {@code PARSE_ERROR}, {@code FIELD_INVALID}, {@code UNKNOWN_FIELD}
   *     or {@code FIELD_REQUIRED}
   * @param location where it was read
   * @param arguments the message's arguments by name
   * @param recordType the record type concerned, if known
   * @param path the field path, if known
   */
  public void readIssue(String code, SourceLocation location, Optional<RecordType> recordType,
      Optional<String> path, Map<String, ?> arguments) {
    readIssue(code, location, recordType, Optional.empty(), path, arguments);
  }

  /**
   * As {@link #readIssue(String, SourceLocation, Optional, Optional, Map)}, naming the record's id
   * when it was read.
   *
   * @param code the issue's code: {@code PARSE_ERROR}, {@code FIELD_INVALID}, {@code UNKNOWN_FIELD}
   *     or {@code FIELD_REQUIRED}
   * @param location where it was read
   * @param recordType the record type concerned, if known
   * @param recordId the record's id, if it was read
   * @param path the field path, if known
   * @param arguments the message's arguments by name
   */
  public void readIssue(String code, SourceLocation location, Optional<RecordType> recordType, Optional<String> recordId,
      Optional<String> path, Map<String, ?> arguments) {
    requireOpen();
    IssueDraft draft = new IssueDraft(code);
    draft.type = recordType.orElse(null);
    draft.id = recordId.orElse(null);
    draft.location = location;
    draft.path = path.orElse(null);
    arguments.forEach(draft::arg);
    draft.report();
  }

  /**
   * Settles the cross-record rules and returns the report; the session is closed after.
   *
   * @return the report
   */
  public ValidationReport finish() {
    requireOpen();
    for (RuleCheck check : checks) {
      check.finish(context);
    }
    finished = true;
    Map<RecordType, Long> read = new EnumMap<>(RecordType.class);
    for (RecordType type : RecordType.values()) {
      if (recordsRead[type.ordinal()] > 0) {
        read.put(type, recordsRead[type.ordinal()]);
      }
    }
    return collector.report(read);
  }

  private void at(GovernanceRecord record, SourceLocation location, FieldLocations fields) {
    this.currentRecord = record;
    this.currentLocation = Objects.requireNonNull(location);
    this.currentFields = Objects.requireNonNull(fields);
  }



  private void requireOpen() {
    if (finished) {
      throw new IllegalStateException("the session is finished");
    }
  }

  final class Context implements RuleContext {
    @Override
    public Optional<DatasetHeader> header() {
      return Optional.ofNullable(header);
    }

    @Override
    public Optional<LocalDate> asOf() {
      // Asked for every record by the date rules: no lambda, no chain.
      Optional<LocalDate> override = validator.asOfOverride();
      return override.isPresent() || header == null ? override : Optional.of(header.getAsOf());
    }

    @Override
    public java.util.Locale locale() {
      return validator.locale();
    }

    @Override
    public UnitCategoryCatalogue categories() {
      return validator.categories();
    }

    @Override
    public void countUnlisted(RuleDescriptor rule, long count) {
      if (count <= 0) {
        return;
      }
      if (validator.isSuppressed(rule.code())) {
        collector.suppressed += count;
      } else {
        collector.count(rule.code(), validator.severityOf(rule.code()), count);
      }
    }

    @Override
    public KnownRecords known() {
      return known;
    }

    @Override
    public long unbuilt(RecordType type) {
      return unbuilt.getOrDefault(type, 0L);
    }

    @Override
    public org.qinglian.model.identifier.DivisionCatalogue divisions() {
      return validator.divisions();
    }

    @Override
    public RecordIndex index() {
      return index;
    }

    /** Whether what is being checked came with where its values were read: a reader has checked its text. */
    boolean textsChecked() {
      return currentFields != NOT_READ;
    }

    @Override
    public SourceLocation location() {
      return currentLocation;
    }

    @Override
    public SourceLocation location(String path) {
      return currentFields.locate(path).orElse(currentLocation);
    }

    @Override
    public IssueBuilder issue(String code) {
      IssueDraft draft = new IssueDraft(code);
      if (currentRecord != null) {
        draft.type = currentRecord.recordType();
        draft.id = currentRecord.getId();
      }
      draft.location = currentLocation;
      draft.fields = currentFields;
      return draft;
    }
  }

  private final class IssueDraft implements RuleContext.IssueBuilder {
    private final String code;
    private RecordType type;
    private String id;
    private String path;
    private SourceLocation location;
    /** The current record's value locations; none once the issue is about another place. */
    private FieldLocations fields = FieldLocations.none();
    private final Map<String, Object> args = new LinkedHashMap<>();

    IssueDraft(String code) {
      this.code = code;
      validator.requireKnown(code);
    }

    @Override
    public RuleContext.IssueBuilder about(RecordType type, String id, SourceLocation location) {
      this.type = type;
      this.id = id;
      if (location != null) {
        this.location = location;
        this.fields = FieldLocations.none();
      }
      return this;
    }

    @Override
    public RuleContext.IssueBuilder path(String path) {
      this.path = path;
      return this;
    }

    @Override
    public RuleContext.IssueBuilder arg(String name, Object value) {
      args.put(name, value);
      return this;
    }

    @Override
    public void report() {
      if (validator.isSuppressed(code)) {
        collector.suppressed++;
        return;
      }
      Severity severity = validator.severityOf(code);
      if (path != null) {
        args.putIfAbsent("path", path);
      }
      SourceLocation at = path == null ? location : fields.locate(path).orElseGet(() -> atField(location, path));
      Map<String, String> rendered = Texts.render(args, validator.locale());
      String message = MessageBundle.fill(validator.requireKnown(code).messageTemplate(validator.locale()), rendered);
      collector.add(new Issue(code, severity, type, id, path, at, message, wire(args)));
    }
  }

  /**
   * For data built in memory (a location with a JSON pointer and no file), the pointer of the
   * field itself: {@code /units/3} and {@code rectification.deadline} give
   * {@code /units/3/rectification/deadline}. Locations in files are the readers' to make.
   */
  private static SourceLocation atField(SourceLocation location, String path) {
    if (location == null || path == null || location.file().isPresent() || location.pointer().isEmpty()
        || !path.matches("[A-Za-z0-9_.\\[\\]]+")) {
      return location;
    }
    String pointer = location.pointer().get();
    String relative = path;
    for (String part : new String[] {"header", "declaredTotals"}) {
      if (relative.startsWith(part + ".") && pointer.endsWith("/" + part)) {
        relative = relative.substring(part.length() + 1);
      }
    }
    return SourceLocation.atPointer(pointer + "/" + relative.replace("[", ".").replace("]", "").replace('.', '/'));
  }

  /** The arguments as language-free values; a reason's own arguments join them under their names. */
  private static Map<String, Object> wire(Map<String, Object> args) {
    Map<String, Object> wire = new LinkedHashMap<>();
    args.forEach((name, value) -> {
      Object plain = Texts.wire(value);
      if (plain != null) {
        wire.put(name, plain);
      }
      if (value instanceof Reason reason) {
        reason.arguments().forEach((inner, v) -> wire.putIfAbsent(inner, Texts.wire(v)));
      }
    });
    return wire;
  }

  /** Keeps counts exact and stores issues up to the caps, so a million bad rows stay cheap. */
  private static final class Collector {
    private final int maxIssues;
    private final int maxPerCode;
    private final List<Issue> stored = new ArrayList<>();
    private final Map<String, Long> byCode = new HashMap<>();
    private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    private long suppressed;

    Collector(int maxIssues, int maxPerCode) {
      this.maxIssues = maxIssues;
      this.maxPerCode = maxPerCode;
    }

    void add(Issue issue) {
      long seen = byCode.merge(issue.code(), 1L, Long::sum);
      bySeverity.merge(issue.severity(), 1L, Long::sum);
      if (seen <= maxPerCode && stored.size() < maxIssues) {
        stored.add(issue);
      }
    }

    void count(String code, Severity severity, long count) {
      byCode.merge(code, count, Long::sum);
      bySeverity.merge(severity, count, Long::sum);
    }

    ValidationReport report(Map<RecordType, Long> recordsRead) {
      return new ValidationReport(stored, byCode, bySeverity, recordsRead, suppressed);
    }
  }
}
