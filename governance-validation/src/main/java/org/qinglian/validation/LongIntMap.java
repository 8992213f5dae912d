package org.qinglian.validation;

/** 64-bit keys to int values in two primitive arrays (open addressing); key 0 is stored apart. */
final class LongIntMap {

  static final int ABSENT = Integer.MIN_VALUE;

  private long[] keys = new long[16];
  private int[] values = new int[16];
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
    if ((size + 1) * 4L > keys.length * 3L) {
      grow();
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

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = Ids.spread(oldKeys[j]) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
