package org.qinglian.validation;

/**
 * The id tables' arrays past {@link #FLAT} slots, in pages of 256 KiB. G1 (the JVM's default
 * collector) keeps an array of half a region or more in regions of its own, never moved: in a
 * 256 MiB heap, tables of 32 MiB arrays left too few free regions in a row for the next, and a
 * 1 GB CSV package that fits 256 MiB with the serial or the parallel collector ran out of memory
 * in about half the runs under G1. Pages stay below the half of its smallest region (1 MiB).
 * Tables up to {@link #FLAT} slots (a million records' ids of one type) stay one array: a page's
 * extra load on every probe made warm runs 5–8 % slower.
 */
final class Pages {

  static final int SHIFT = 15;
  /** Slots a page: 32,768 longs (256 KiB) or ints (128 KiB). */
  static final int SIZE = 1 << SHIFT;
  static final int MASK = SIZE - 1;
  /** The most slots a table keeps in one array: 8 MiB of longs. */
  static final int FLAT = 1 << 20;

  private Pages() {}

  /** {@code capacity} (a multiple of {@link #SIZE}) longs in pages. */
  static long[][] longs(int capacity) {
    return new long[capacity >>> SHIFT][SIZE];
  }

  /** As {@link #longs}, for ints. */
  static int[][] ints(int capacity) {
    return new int[capacity >>> SHIFT][SIZE];
  }
}
