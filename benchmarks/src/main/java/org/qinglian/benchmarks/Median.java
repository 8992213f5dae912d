package org.qinglian.benchmarks;

import java.util.List;

/**
 * The median of measured seconds: of an even count, the mean of the middle two, so neither side is
 * favoured. NaN (a time the system did not tell) sorts last; none at all gives NaN.
 */
final class Median {

  private Median() {
  }

  static double of(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
