package org.qinglian.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link LongSet} and {@link LongIntMap} answer as {@link HashSet} and {@link HashMap} do, for any
 * sequence of operations: key 0 (kept apart), keys that share a slot, and growth included.
 */
class PrimitiveTablesTest {

  /** Keys from a small pool (so operations meet the same keys again) with 0 and colliding keys among them. */
  private static Gen<List<long[]>> operations() {
    Gen<Long> keys = SourceDSL.integers().between(0, 400).map(n -> n % 7 == 0 ? (long) n << 32 : n * 0x9E3779B97F4A7C15L);
    Gen<long[]> operation = SourceDSL.integers().between(0, 3).zip(keys, SourceDSL.integers().between(-5, 5),
        (kind, key, value) -> new long[] {kind, key, value});
    return SourceDSL.lists().of(operation).ofSizeBetween(0, 2_000);
  }

  @Test
  void longIntMapAnswersAsAHashMap() {
    qt().withExamples(300).forAll(operations()).checkAssert(ops -> {
      LongIntMap map = new LongIntMap();
      Map<Long, Integer> expected = new HashMap<>();
      for (long[] op : ops) {
        long key = op[1];
        int value = (int) op[2];
        switch ((int) op[0]) {
          case 0 -> {
            Integer old = expected.putIfAbsent(key, value);
            assertEquals(old == null ? LongIntMap.ABSENT : old, map.putIfAbsent(key, value), "putIfAbsent " + key);
          }
          case 1 -> {
            if (expected.containsKey(key)) {
              expected.put(key, value);
              map.put(key, value);
            }
          }
          default -> assertEquals(expected.getOrDefault(key, LongIntMap.ABSENT), map.get(key), "get " + key);
        }
        assertEquals(expected.size(), map.size());
      }
      for (Map.Entry<Long, Integer> entry : expected.entrySet()) {
        assertEquals(entry.getValue(), map.get(entry.getKey()), "at the end, " + entry.getKey());
      }
    });
  }

  @Test
  void longSetAnswersAsAHashSet() {
    qt().withExamples(300).forAll(operations()).checkAssert(ops -> {
      LongSet set = new LongSet();
      Set<Long> expected = new HashSet<>();
      for (long[] op : ops) {
        long key = op[1];
        if (op[0] < 2) {
          assertEquals(expected.add(key), set.add(key), "add " + key);
        } else {
          assertEquals(expected.contains(key), set.contains(key), "contains " + key);
        }
        assertEquals(expected.size(), set.size());
      }
    });
  }
}
