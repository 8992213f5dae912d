package org.qinglian.validation;

/**
 * 64-bit keys to int values in two primitive arrays (open addressing); key 0 is stored apart.
 * Past {@link Pages#FLAT} slots they move into pages (see there why).
 */
final class LongIntMap {

  static final int ABSENT = Integer.MIN_VALUE;

  private long[] keys = new long[16];
  private int[] values = new int[16];
  /** Keys and values once the table outgrows one array each ({@code keys} is then null). */
  private long[][] keyPages;
  private int[][] valuePages;
  private int mask = 15;
  private int size;
  private int zeroValue = ABSENT;

  /** Puts {@code value} unless {@code key} has one; returns the value it had, or {@link #ABSENT}. */
  int putIfAbsent(long key, int value) {
    if (key == 0) {
      int old = zeroValue;
      if (old == ABSENT) {
        zeroValue = value;
        size++;
      }
      return old;
    }
    if ((size + 1) * 4L > (mask + 1L) * 3L) {
      grow();
    }
    long[] keys = this.keys;
    if (keys == null) {
      int i = pagedSlot(key);
      long[] page = keyPages[i >>> Pages.SHIFT];
      if (page[i & Pages.MASK] == key) {
        return valuePages[i >>> Pages.SHIFT][i & Pages.MASK];
      }
      page[i & Pages.MASK] = key;
      valuePages[i >>> Pages.SHIFT][i & Pages.MASK] = value;
      size++;
      return ABSENT;
    }
    int mask = keys.length - 1;
    int i = Ids.spread(key) & mask;
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    size++;
    return ABSENT;
  }

  /** Sets the value of {@code key}, which must be present. */
  void put(long key, int value) {
    if (key == 0) {
      zeroValue = value;
      return;
    }
    long[] keys = this.keys;
    if (keys == null) {
      int i = pagedSlot(key);
      valuePages[i >>> Pages.SHIFT][i & Pages.MASK] = value;
      return;
    }
    int mask = keys.length - 1;
    int i = Ids.spread(key) & mask;
    while (keys[i] != key) {
      i = (i + 1) & mask;
    }
    values[i] = value;
  }

  int get(long key) {
    if (key == 0) {
      return zeroValue;
    }
    long[] keys = this.keys;
    if (keys == null) {
      int i = pagedSlot(key);
      return keyPages[i >>> Pages.SHIFT][i & Pages.MASK] == key ? valuePages[i >>> Pages.SHIFT][i & Pages.MASK] : ABSENT;
    }
    int mask = keys.length - 1;
    int i = Ids.spread(key) & mask;
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return ABSENT;
  }

  int size() {
    return size;
  }

  /** The paged slot of {@code key} (not 0): where it is, or the empty slot where it would go. */
  private int pagedSlot(long key) {
    int i = Ids.spread(key) & mask;
    while (true) {
      long found = keyPages[i >>> Pages.SHIFT][i & Pages.MASK];
      if (found == key || found == 0) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    long[][] oldKeys = keys != null ? new long[][] {keys} : keyPages;
    int[][] oldValues = values != null ? new int[][] {values} : valuePages;
    int capacity = (mask + 1) * 2;
    mask = capacity - 1;
    if (capacity <= Pages.FLAT) {
      keys = new long[capacity];
      values = new int[capacity];
    } else {
      keys = null;
      values = null;
      keyPages = Pages.longs(capacity);
      valuePages = Pages.ints(capacity);
    }
    for (int p = 0; p < oldKeys.length; p++) {
      for (int j = 0; j < oldKeys[p].length; j++) {
        long key = oldKeys[p][j];
        if (key != 0) {
          if (keys != null) {
            int i = Ids.spread(key) & mask;
            while (keys[i] != 0) {
              i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = oldValues[p][j];
          } else {
            int i = pagedSlot(key);
            keyPages[i >>> Pages.SHIFT][i & Pages.MASK] = key;
            valuePages[i >>> Pages.SHIFT][i & Pages.MASK] = oldValues[p][j];
          }
        }
      }
    }
  }
}
