package org.qinglian.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.qinglian.model.RecordType;

/**
 * 校验报告 — the outcome of validating one dataset: the stored issues (capped, with samples
 * of every code), exact counts per code and severity, and the records read.
 * {@link #isValid()} is false exactly when an {@link Severity#ERROR} was found.
 */
public final class ValidationReport {

  private final List<Issue> issues;
  private final Map<String, Long> countsByCode;
  private final Map<Severity, Long> countsBySeverity;
  private final Map<RecordType, Long> recordsRead;
  private final long suppressed;

  ValidationReport(List<Issue> issues, Map<String, Long> countsByCode, Map<Severity, Long> countsBySeverity,
      Map<RecordType, Long> recordsRead, long suppressed) {
    this.issues = List.copyOf(issues);
    this.countsByCode = Collections.unmodifiableMap(new TreeMap<>(countsByCode));
    EnumMap<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      bySeverity.put(severity, countsBySeverity.getOrDefault(severity, 0L));
    }
    this.countsBySeverity = Collections.unmodifiableMap(bySeverity);
    EnumMap<RecordType, Long> read = new EnumMap<>(RecordType.class);
    for (RecordType type : RecordType.values()) {
      read.put(type, recordsRead.getOrDefault(type, 0L));
    }
    this.recordsRead = Collections.unmodifiableMap(read);
    this.suppressed = suppressed;
  }

  /** {@return whether no {@link Severity#ERROR} was found} */
  public boolean isValid() {
    return countsBySeverity.get(Severity.ERROR) == 0;
  }

  /** {@return the stored issues in the order found: at most the validator's caps, samples of every code} */
  public List<Issue> issues() {
    return issues;
  }

  /** {@return how many issues of each code were found (stored or not), by code} */
  public Map<String, Long> countsByCode() {
    return countsByCode;
  }

  /**
   * {@return how many issues of {@code code} were found}
   *
   * @param code a rule code
   */
  public long count(String code) {
    return countsByCode.getOrDefault(code, 0L);
  }

  /** {@return how many issues of each severity were found} */
  public Map<Severity, Long> countsBySeverity() {
    return countsBySeverity;
  }

  /**
   * {@return how many issues of {@code severity} were found}
   *
   * @param severity a severity
   */
  public long count(Severity severity) {
    return countsBySeverity.get(severity);
  }

  /** {@return how many issues were found in all} */
  public long totalIssues() {
    return countsBySeverity.values().stream().mapToLong(Long::longValue).sum();
  }

  /** {@return whether some issues were counted but not stored because of the caps} */
  public boolean isTruncated() {
    return totalIssues() > issues.size();
  }

  /** {@return how many issues were dropped because their code is suppressed} */
  public long suppressedIssues() {
    return suppressed;
  }

  /** {@return records read, per type} */
  public Map<RecordType, Long> recordsRead() {
    return recordsRead;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ValidationReport)) {
      return false;
    }
    ValidationReport other = (ValidationReport) o;
    return issues.equals(other.issues) && countsByCode.equals(other.countsByCode)
        && recordsRead.equals(other.recordsRead) && suppressed == other.suppressed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(issues, countsByCode, recordsRead);
  }

  @Override
  public String toString() {
    return (isValid() ? "valid" : "invalid") + " " + countsBySeverity + " " + countsByCode;
  }
}
