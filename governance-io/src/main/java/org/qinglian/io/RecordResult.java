package org.qinglian.io;

import java.util.List;
import java.util.Optional;

/**
 * 单条读取结果 — what reading one record (or a header, or declared totals) gave: the value,
 * when it could be built, and the located issues found on the way ({@code PARSE_ERROR},
 * {@code FIELD_REQUIRED}, {@code UNKNOWN_FIELD}). Unknown fields are kept in the value.
 *
 * @param <T> the type of the value
 */
public final class RecordResult<T> {

  private final T value;
  private final List<ReadIssue> issues;

  RecordResult(T value, List<ReadIssue> issues) {
    this.value = value;
    this.issues = List.copyOf(issues);
  }

  /** {@return the value, when it could be built} */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** {@return the issues, in the order found; unknown fields included} */
  public List<ReadIssue> issues() {
    return issues;
  }

  /** {@return whether the value was built and nothing but unknown fields was reported} */
  public boolean isClean() {
    return value != null && issues.stream().allMatch(i -> i.code().equals(ReadIssue.UNKNOWN_FIELD));
  }

  @Override
  public String toString() {
    return (value == null ? "not built" : "built") + " " + issues;
  }
}
