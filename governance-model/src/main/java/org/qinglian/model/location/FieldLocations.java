package org.qinglian.model.location;

import java.util.Optional;

/**
 * 字段位置 — where each value of one record was read, so that an issue about a field points
 * at the value, not at the record's start. Paths are the validator's field paths
 * ({@code rectification.deadline}, {@code followUps[0].issuedDate}).
 */
@FunctionalInterface
public interface FieldLocations {

  /**
   * {@return where the value at {@code path} was read; empty when it was absent or is unknown}
   *
   * @param path a field path such as {@code rectification.deadline} or {@code followUps[0].issuedDate}
   */
  Optional<SourceLocation> locate(String path);

  /**
   * No field is located: issues point at the record.
   *
   * @return locations that locate nothing
   */
  static FieldLocations none() {
    return path -> Optional.empty();
  }
}
