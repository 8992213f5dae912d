package org.qinglian.validation;

import java.util.Arrays;

/**
 * A set of 64-bit keys in one primitive array (open addressing, linear probing): about 11
 * bytes a key where a {@code HashSet<String>} of ids takes about 100. Key 0 is stored apart.
 */
final class LongSet {

  private long[] keys = new long[16];
  private int size;
  private boolean hasZero;

  /** Adds {@code key}; returns whether it was new. */
  boolean add(long key) {
    if (key == 0) {
      boolean added = !hasZero;
      hasZero = true;
      size += added ? 1 : 0;
      return added;
    }
    if ((size + 1) * 4L > keys.length * 3L) {
      grow();
    }
    int mask = keys.length - 1;
    int i = Ids.spread(key) & mask;
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    size++;
    return true;
  }

  boolean contains(long key) {
    if (key == 0) {
      return hasZero;
    }
    int mask = keys.length - 1;
    int i = Ids.spread(key) & mask;
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] old = keys;
    keys = new long[old.length * 2];
    int mask = keys.length - 1;
    for (long key : old) {
      if (key != 0) {
        int i = Ids.spread(key) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = key;
      }
    }
  }

  @Override
  public String toString() {
    return "LongSet" + Arrays.toString(new int[] {size, keys.length});
  }
}
