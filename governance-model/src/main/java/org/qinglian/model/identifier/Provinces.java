package org.qinglian.model.identifier;

/**
 * The province-level segments of GB/T 2260: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, and
 * 71 (台湾省), 81 (香港特别行政区), 82 (澳门特别行政区). Division codes and the address codes
 * of resident ids start with one of them.
 */
final class Provinces {

  private static final boolean[] KNOWN = new boolean[100];

  static {
    int[][] ranges = {{11, 15}, {21, 23}, {31, 37}, {41, 46}, {50, 54}, {61, 65}, {71, 71}, {81, 82}};
    for (int[] range : ranges) {
      for (int p = range[0]; p <= range[1]; p++) {
        KNOWN[p] = true;
      }
    }
  }

  private Provinces() {}

  /** Whether the two digits at {@code from} of {@code text} name a province of GB/T 2260. */
  static boolean known(CharSequence text, int from) {
    char a = text.charAt(from);
    char b = text.charAt(from + 1);
    return a >= '0' && a <= '9' && b >= '0' && b <= '9' && KNOWN[(a - '0') * 10 + (b - '0')];
  }
}
