package org.qinglian.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MedianTest {

  @Test
  void theMiddleOfAnOddCountAndTheMeanOfTheMiddleTwoOfAnEvenOne() {
    assertEquals(3.0, Median.of(List.of(5.0, 1.0, 3.0)));
    // Two runs of a competitor (EndToEnd's step e): 7.5 and 17.4 give 12.45, not the slower one.
    assertEquals(12.45, Median.of(List.of(17.4, 7.5)), 1e-9);
    assertEquals(2.5, Median.of(List.of(4.0, 1.0, 3.0, 2.0)), 1e-9);
    assertTrue(Double.isNaN(Median.of(List.of())));
  }
}
