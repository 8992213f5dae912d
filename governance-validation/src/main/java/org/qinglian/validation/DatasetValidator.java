package org.qinglian.validation;

import org.qinglian.model.location.SourceLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.unit.UnitCategoryCatalogue;

/**
 * 数据集校验器 — validates clean-governance datasets against field, record and dataset
 * rules, each with a stable code, a severity, a location and a message in Chinese or
 * English.
 *
 * <p>Build one with {@link #builder()} and share it: it is immutable and safe to use from
 * many threads (Hibernate Validator inside starts once, on the first record that needs it). Validate a whole
 * {@link Dataset} with {@link #validate(Dataset)}, or a stream of records from a reader
 * with {@link #newSession()}.
 */
public final class DatasetValidator {

  private final Locale locale;
  private final List<ValidationRule> rules;
  private final Map<String, RuleDescriptor> descriptors;
  private final Map<String, Severity> severities;
  private final Set<String> suppressed;
  private final Optional<LocalDate> asOf;
  private final UnitCategoryCatalogue categories;
  private final org.qinglian.model.identifier.DivisionCatalogue divisions;
  private final int maxIssues;
  private final int maxIssuesPerCode;
  private final FieldConstraints fieldConstraints;
  private final boolean showPersonalData;

  private DatasetValidator(Builder builder) {
    this.locale = builder.locale;
    this.showPersonalData = builder.showPersonalData;
    this.fieldConstraints = new FieldConstraints(builder.locale);
    List<ValidationRule> all = new ArrayList<>(BuiltInRules.create(fieldConstraints, showPersonalData));
    all.addAll(builder.rules);
    if (builder.serviceLoader != null) {
      ServiceLoader.load(ValidationRule.class, builder.serviceLoader).forEach(all::add);
    }
    this.rules = List.copyOf(all);
    Map<String, RuleDescriptor> byCode = new LinkedHashMap<>();
    for (ValidationRule rule : rules) {
      for (RuleDescriptor descriptor : rule.descriptors()) {
        if (byCode.putIfAbsent(descriptor.code(), descriptor) != null) {
          throw new IllegalArgumentException("rule code " + descriptor.code() + " is declared twice");
        }
      }
    }
    this.descriptors = Collections.unmodifiableMap(byCode);
    for (String code : builder.severities.keySet()) {
      requireKnown(code);
    }
    for (String code : builder.suppressed) {
      requireKnown(code);
    }
    this.severities = Map.copyOf(builder.severities);
    this.suppressed = Set.copyOf(builder.suppressed);
    this.asOf = Optional.ofNullable(builder.asOf);
    this.categories = builder.categories;
    this.divisions = builder.divisions;
    this.maxIssues = builder.maxIssues;
    this.maxIssuesPerCode = builder.maxIssuesPerCode;
  }

  /**
   * {@return a validator with the defaults: Chinese messages, standard categories, built-in and
   * ServiceLoader rules}
   */
  public static DatasetValidator standard() {
    return builder().build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates a dataset held in memory; issues are located by JSON pointer ({@code /units/3}).
   *
   * @param dataset the dataset
   * @return the report
   */
  public ValidationReport validate(Dataset dataset) {
    return validate(newSession(), dataset);
  }

  /** Feeds {@code dataset} to {@code session}, in the order of its types, and finishes it. */
  static ValidationReport validate(ValidationSession session, Dataset dataset) {
    session.header(dataset.getHeader(), SourceLocation.atPointer("/header"));
    dataset.getDeclaredTotals().ifPresent(t -> session.declaredTotals(t, SourceLocation.atPointer("/declaredTotals")));
    for (RecordType type : RecordType.values()) {
      int index = 0;
      for (var record : dataset.records(type)) {
        session.record(record, SourceLocation.atPointer("/" + type.jsonName() + "/" + index++));
      }
    }
    return session.finish();
  }

  /** {@return the rules, built-in first, in the order their checks run} */
  List<ValidationRule> validationRules() {
    return rules;
  }

  /** {@return a session for one stream of records; not shared between threads} */
  public ValidationSession newSession() {
    return new ValidationSession(this, rules);
  }

  /**
   * A session whose references may also name records the platform already holds
   * ({@code known}), for batches from a database or a form.
   *
   * @param known the records the platform already holds, by type and id
   * @return a new session; feed it records, then {@link ValidationSession#finish()}
   */
  public ValidationSession newSession(KnownRecords known) {
    return new ValidationSession(this, rules).known(known);
  }

  /**
   * Validates a batch of records without a header: references resolve within the batch or
   * against {@code known}; rules that need the header (jurisdiction, overdue dates without
   * {@link Builder#asOf}) have nothing to judge. Locations are JSON pointers into a document
   * of the batch ({@code /units/0}).
   *
   * @param records the records, in any order
   * @param known the records the platform already holds, by type and id
   * @return the report
   */
  public ValidationReport validate(Iterable<? extends GovernanceRecord> records, KnownRecords known) {
    ValidationSession session = newSession(known);
    Map<RecordType, Integer> counts = new java.util.EnumMap<>(RecordType.class);
    for (GovernanceRecord record : records) {
      int index = counts.merge(record.recordType(), 1, Integer::sum) - 1;
      session.record(record, SourceLocation.atPointer("/" + record.recordType().jsonName() + "/" + index));
    }
    return session.finish();
  }

  /**
   * One record by its field and record rules: everything it references is taken to exist
   * ({@link KnownRecords#ANY}). Locations are JSON pointers into the record ({@code /name}).
   *
   * @param record the record
   * @return the report
   */
  public ValidationReport validateRecord(GovernanceRecord record) {
    ValidationSession session = newSession(KnownRecords.ANY);
    session.record(record, SourceLocation.atPointer(""));
    return session.finish();
  }

  /** {@return every rule code this validator knows (built-in and custom), with its metadata} */
  public List<RuleDescriptor> rules() {
    return List.copyOf(descriptors.values());
  }

  /**
   * {@return the metadata of {@code code}}
   *
   * @param code a rule code, such as {@code REF_MISSING}
   */
  public Optional<RuleDescriptor> rule(String code) {
    return Optional.ofNullable(descriptors.get(code));
  }

  /**
   * {@return the severity in force for {@code code}}
   *
   * @param code a rule code, such as {@code REF_MISSING}
   */
  public Severity severityOf(String code) {
    Severity override = severities.get(code);
    return override != null ? override : requireKnown(code).defaultSeverity();
  }

  /**
   * {@return whether issues of {@code code} are dropped}
   *
   * @param code a rule code, such as {@code REF_MISSING}
   */
  public boolean isSuppressed(String code) {
    return suppressed.contains(code);
  }

  /** {@return the language of messages} */
  public Locale locale() {
    return locale;
  }

  /** {@return whether issues show resident ids and person names in full (off unless asked for)} */
  public boolean showsPersonalData() {
    return showPersonalData;
  }

  Optional<LocalDate> asOfOverride() {
    return asOf;
  }

  UnitCategoryCatalogue categories() {
    return categories;
  }

  org.qinglian.model.identifier.DivisionCatalogue divisions() {
    // The standard list is read on first use, not when a validator that never needs it is built.
    return divisions != null ? divisions : org.qinglian.model.identifier.DivisionCatalogue.standard();
  }

  int maxIssues() {
    return maxIssues;
  }

  int maxIssuesPerCode() {
    return maxIssuesPerCode;
  }

  RuleDescriptor requireKnown(String code) {
    RuleDescriptor descriptor = descriptors.get(code);
    if (descriptor == null) {
      throw new UnknownRuleCodeException(code);
    }
    return descriptor;
  }

  /** 校验器配置 — configures a {@link DatasetValidator}. */
  public static final class Builder {
    private Locale locale = Locale.SIMPLIFIED_CHINESE;
    private final List<ValidationRule> rules = new ArrayList<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private final Set<String> suppressed = new HashSet<>();
    private LocalDate asOf;
    private UnitCategoryCatalogue categories = UnitCategoryCatalogue.standard();
    private org.qinglian.model.identifier.DivisionCatalogue divisions;
    private int maxIssues = 10_000;
    private int maxIssuesPerCode = 100;
    private ClassLoader serviceLoader = Thread.currentThread().getContextClassLoader();
    private boolean showPersonalData;

    private Builder() {}

    /**
     * The language of messages: any {@code zh} locale gives Chinese, anything else English.
     *
     * @param locale the language wanted
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale);
      return this;
    }

    /**
     * Changes the severity of {@code code}; the code must be known when {@link #build()} runs.
     *
     * @param code a rule code, such as {@code REF_MISSING}
     * @param severity the severity it should have
     * @return this builder
     */
    public Builder severity(String code, Severity severity) {
      severities.put(Objects.requireNonNull(code), Objects.requireNonNull(severity));
      return this;
    }

    /**
     * Drops every issue of {@code code} (they are counted as suppressed).
     *
     * @param code a rule code, such as {@code REF_MISSING}
     * @return this builder
     */
    public Builder suppress(String code) {
      suppressed.add(Objects.requireNonNull(code));
      return this;
    }

    /**
     * The day overdue checks count from, instead of the header's {@code asOf}.
     *
     * @param asOf the reference day
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf);
      return this;
    }

    /**
     * Shows resident ids and person names in full in issues. Off by default: reports travel
     * further than the data (logs, CI, e-mail), and 《个人信息保护法》 asks for the least.
     *
     * @param show whether to show them
     * @return this builder
     */
    public Builder showPersonalData(boolean show) {
      this.showPersonalData = show;
      return this;
    }

    /**
     * Adds a custom rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addRule(ValidationRule rule) {
      rules.add(Objects.requireNonNull(rule));
      return this;
    }

    /**
     * Where to look for {@link ValidationRule} services; {@code null} turns the lookup off.
     *
     * @param classLoader the class loader to search, or {@code null}
     * @return this builder
     */
    public Builder serviceLoader(ClassLoader classLoader) {
      this.serviceLoader = classLoader;
      return this;
    }

    /**
     * The list of divisions in force for {@code DIVISION_CODE_UNKNOWN} and place names in
     * messages; by default {@link org.qinglian.model.identifier.DivisionCatalogue#standard()}
     * (统计用区划代码 2023), loaded when first needed.
     *
     * @param divisions the catalogue of divisions
     * @return this builder
     */
    public Builder divisionCatalogue(org.qinglian.model.identifier.DivisionCatalogue divisions) {
      this.divisions = Objects.requireNonNull(divisions);
      return this;
    }

    /**
     * The unit categories in force, for example the standard ones plus an embedder's.
     *
     * @param categories the catalogue of unit categories
     * @return this builder
     */
    public Builder unitCategories(UnitCategoryCatalogue categories) {
      this.categories = Objects.requireNonNull(categories);
      return this;
    }

    /**
     * How many issues a report stores at most (all are counted); default 10,000.
     *
     * @param maxIssues the most issues stored, positive
     * @return this builder
     */
    public Builder maxIssues(int maxIssues) {
      this.maxIssues = requirePositive(maxIssues);
      return this;
    }

    /**
     * How many issues of one code a report stores at most; default 100.
     *
     * @param maxIssuesPerCode the most issues of one code stored, positive
     * @return this builder
     */
    public Builder maxIssuesPerCode(int maxIssuesPerCode) {
      this.maxIssuesPerCode = requirePositive(maxIssuesPerCode);
      return this;
    }

    /**
     * The validator.
     *
     * @return the validator: immutable and thread-safe, to share
     * @throws IllegalArgumentException when an override names an unknown code or two rules
     *     declare one code
     */
    public DatasetValidator build() {
      return new DatasetValidator(this);
    }

    private static int requirePositive(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("must not be negative: " + value);
      }
      return value;
    }
  }
}
