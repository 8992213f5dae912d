package org.qinglian.io;

import java.util.List;
import java.util.Optional;
import org.qinglian.model.dataset.Dataset;

/**
 * 读取结果 — a small exchange read into memory: the dataset (absent when the header could
 * not be read) and every read issue, located.
 */
public final class ReadResult {

  private final Optional<Dataset> dataset;
  private final List<ReadIssue> issues;

  ReadResult(Optional<Dataset> dataset, List<ReadIssue> issues) {
    this.dataset = dataset;
    this.issues = List.copyOf(issues);
  }

  /** {@return the dataset; empty when the input had no readable header} */
  public Optional<Dataset> dataset() {
    return dataset;
  }

  /** {@return everything the reader could not read or did not know, in input order} */
  public List<ReadIssue> issues() {
    return issues;
  }

  /**
   * Whether some input could not be read or some record not built ({@code PARSE_ERROR},
   * {@code FIELD_INVALID} or {@code FIELD_REQUIRED}).
   *
   * @return whether any read issue is an error
   */
  public boolean hasErrors() {
    return issues.stream().anyMatch(i -> !i.code().equals(ReadIssue.UNKNOWN_FIELD));
  }

  @Override
  public String toString() {
    return "ReadResult{" + dataset.map(d -> d.recordCount() + " records").orElse("no dataset") + ", " + issues + "}";
  }
}
