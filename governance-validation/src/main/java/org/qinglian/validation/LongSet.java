package org.qinglian.validation;

import java.util.Arrays;

/**
 * A set of 64-bit keys in one primitive array (open addressing, linear probing): about 11
 * bytes a key where a {@code HashSet<String>} of ids takes about 100. Key 0 is stored apart.
 * Past {@link Pages#FLAT} slots the keys move into pages (see there why).
 */
final class LongSet {

  private long[] keys = new long[16];
  /** The keys once the table outgrows one array ({@code keys} is then null). */
  private long[][] pages;
  private int mask = 15;
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
    if ((size + 1) * 4L > (mask + 1L) * 3L) {
      grow();
    }
    long[] keys = this.keys;
    if (keys == null) {
      return addPaged(key);
    }
    int mask = keys.length - 1; // of the array itself: the JIT then drops the bounds checks
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
    long[] keys = this.keys;
    if (keys == null) {
      return containsPaged(key);
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

  private boolean addPaged(long key) {
    int i = Ids.spread(key) & mask;
    while (true) {
      long[] page = pages[i >>> Pages.SHIFT];
      long found = page[i & Pages.MASK];
      if (found == 0) {
        page[i & Pages.MASK] = key;
        size++;
        return true;
      }
      if (found == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  private boolean containsPaged(long key) {
    int i = Ids.spread(key) & mask;
    while (true) {
      long found = pages[i >>> Pages.SHIFT][i & Pages.MASK];
      if (found == key) {
        return true;
      }
      if (found == 0) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    long[][] oldPages = oldKeys != null ? new long[][] {oldKeys} : pages;
    int capacity = (mask + 1) * 2;
    mask = capacity - 1;
    if (capacity <= Pages.FLAT) {
      keys = new long[capacity];
      for (long key : oldKeys) {
        if (key != 0) {
          int i = Ids.spread(key) & mask;
          while (keys[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = key;
        }
      }
      return;
    }
    keys = null;
    pages = Pages.longs(capacity);
    for (long[] page : oldPages) {
      for (long key : page) {
        if (key != 0) {
          int i = Ids.spread(key) & mask;
          while (pages[i >>> Pages.SHIFT][i & Pages.MASK] != 0) {
            i = (i + 1) & mask;
          }
          pages[i >>> Pages.SHIFT][i & Pages.MASK] = key;
        }
      }
    }
  }

  @Override
  public String toString() {
    return "LongSet" + Arrays.toString(new int[] {size, mask + 1});
  }
}
