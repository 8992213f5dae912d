package org.qinglian.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The id tables ({@link LongSet}, {@link LongIntMap}) answer as the JDK's {@code HashSet} and
 * {@code HashMap} do, key 0 and colliding keys included, small and grown many times over, in one
 * array and past {@link Pages#FLAT} slots in pages.
 */
class IdTablesTest {

  /** Keys from a few small values (collisions, 0, repeats) and any long. */
  private static final Gen<Long> KEYS = integers().between(0, 3).flatMap(kind -> kind == 0
      ? longs().between(-3, 3) : kind == 1 ? longs().between(0, 200).map(k -> k << 40) : longs().all());

  @Test
  void aSetAnswersAsHashSet() {
    qt().withExamples(2_000).forAll(lists().of(KEYS).ofSizeBetween(0, 300), lists().of(KEYS).ofSizeBetween(0, 50))
        .checkAssert((added, asked) -> {
          LongSet set = new LongSet();
          Set<Long> expected = new HashSet<>();
          for (long key : added) {
            assertEquals(expected.add(key), set.add(key), "add " + key);
          }
          assertEquals(expected.size(), set.size());
          for (long key : added) {
            assertTrue(set.contains(key));
          }
          for (long key : asked) {
            assertEquals(expected.contains(key), set.contains(key), "contains " + key);
          }
        });
  }

  @Test
  void aMapAnswersAsHashMap() {
    qt().withExamples(2_000).forAll(lists().of(KEYS).ofSizeBetween(0, 300), lists().of(KEYS).ofSizeBetween(0, 50))
        .checkAssert((added, asked) -> {
          LongIntMap map = new LongIntMap();
          Map<Long, Integer> expected = new HashMap<>();
          int value = 0;
          for (long key : added) {
            Integer before = expected.putIfAbsent(key, value);
            assertEquals(before == null ? LongIntMap.ABSENT : before, map.putIfAbsent(key, value), "putIfAbsent " + key);
            if (value % 3 == 0) {
              expected.put(key, -value);
              map.put(key, -value);
            }
            value++;
          }
          assertEquals(expected.size(), map.size());
          for (long key : asked) {
            assertEquals(expected.getOrDefault(key, LongIntMap.ABSENT), map.get(key), "get " + key);
          }
          expected.forEach((key, v) -> assertEquals(v, map.get(key)));
        });
  }

  @Test
  void aMillionRandomKeysAreAllFound() {
    // Past Pages.FLAT slots: the paged layout.
    LongSet set = new LongSet();
    LongIntMap map = new LongIntMap();
    Random random = new Random(20221231);
    long[] keys = new long[1_000_000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = random.nextLong();
      set.add(keys[i]);
      map.putIfAbsent(keys[i], i);
    }
    assertEquals(keys.length, set.size());
    assertEquals(keys.length, map.size());
    for (int i = 0; i < keys.length; i += 3) {
      map.put(keys[i], -i);
      assertEquals(-i, map.putIfAbsent(keys[i], 7));
    }
    for (int i = 0; i < keys.length; i++) {
      assertTrue(set.contains(keys[i]));
      assertEquals(i % 3 == 0 ? -i : i, map.get(keys[i]));
      assertTrue(!set.add(keys[i]));
      assertTrue(!set.contains(keys[i] + 1) || contains(keys, keys[i] + 1));
    }
  }

  private static boolean contains(long[] keys, long key) {
    for (long k : keys) {
      if (k == key) {
        return true;
      }
    }
    return false;
  }
}
