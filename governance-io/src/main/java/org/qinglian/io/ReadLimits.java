package org.qinglian.io;

/**
 * 读取限制 — bounds a reader keeps so that a crafted or broken file cannot exhaust memory
 * or time. Going past one is a located {@code PARSE_ERROR}, never a crash. The defaults
 * suit real exchanges of any size; see {@code docs/security.md}.
 *
 * @param maxNestingDepth deepest JSON nesting (default 32; the format needs 4)
 * @param maxStringLength longest JSON string or CSV cell, in characters (default 1,000,000)
 * @param maxNumberLength longest number, in characters (default 100)
 * @param maxLineLength longest JSON Lines line, in bytes (default 16 MiB)
 * @param maxRecordsPerFile most records in one file (default 100,000,000)
 * @param maxZipEntries most entries in a ZIP package (default 64)
 * @param maxZipBytes most bytes a ZIP package may expand to (default 16 GiB)
 * @param maxZipRatio most an entry may expand relative to its compressed size (default 200)
 */
public record ReadLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxLineLength,
    long maxRecordsPerFile, int maxZipEntries, long maxZipBytes, int maxZipRatio) {

  /**
   * Checks that every limit is positive.
   *
   * @param maxNestingDepth deepest JSON nesting, at least 4
   * @param maxStringLength longest JSON string or CSV cell, in characters
   * @param maxNumberLength longest number, in characters
   * @param maxLineLength longest JSON Lines line, in bytes
   * @param maxRecordsPerFile most records in one file
   * @param maxZipEntries most entries in a ZIP package
   * @param maxZipBytes most bytes a ZIP package may expand to
   * @param maxZipRatio most an entry may expand relative to its compressed size
   */
  public ReadLimits {
    if (maxNestingDepth < 4 || maxStringLength < 1 || maxNumberLength < 1 || maxLineLength < 1
        || maxRecordsPerFile < 1 || maxZipEntries < 1 || maxZipBytes < 1 || maxZipRatio < 1) {
      throw new IllegalArgumentException("read limits must be positive (nesting at least 4)");
    }
  }

  /** {@return the defaults} */
  public static ReadLimits defaults() {
    return new ReadLimits(32, 1_000_000, 100, 16 << 20, 100_000_000L, 64, 16L << 30, 200);
  }

  /**
   * {@return these limits with another nesting depth}
   *
   * @param value the new limit, positive
   */
  public ReadLimits withMaxNestingDepth(int value) {
    return new ReadLimits(value, maxStringLength, maxNumberLength, maxLineLength, maxRecordsPerFile, maxZipEntries,
        maxZipBytes, maxZipRatio);
  }

  /**
   * {@return these limits with another string length}
   *
   * @param value the new limit, positive
   */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(maxNestingDepth, value, maxNumberLength, maxLineLength, maxRecordsPerFile, maxZipEntries,
        maxZipBytes, maxZipRatio);
  }

  /**
   * {@return these limits with another number length}
   *
   * @param value the new limit, positive
   */
  public ReadLimits withMaxNumberLength(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, value, maxLineLength, maxRecordsPerFile, maxZipEntries,
        maxZipBytes, maxZipRatio);
  }

  /**
   * {@return these limits with another line length}
   *
   * @param value the new limit, positive
   */
  public ReadLimits withMaxLineLength(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, value, maxRecordsPerFile, maxZipEntries,
        maxZipBytes, maxZipRatio);
  }

  /**
   * {@return these limits with another record count}
   *
   * @param value the new limit, positive
   */
  public ReadLimits withMaxRecordsPerFile(long value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxLineLength, value, maxZipEntries,
        maxZipBytes, maxZipRatio);
  }

  /**
   * {@return these limits with other ZIP bounds}
   *
   * @param entries most entries in a ZIP package
   * @param bytes most bytes a ZIP package may expand to
   * @param ratio most an entry may expand relative to its compressed size
   */
  public ReadLimits withZip(int entries, long bytes, int ratio) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxLineLength, maxRecordsPerFile, entries,
        bytes, ratio);
  }
}
