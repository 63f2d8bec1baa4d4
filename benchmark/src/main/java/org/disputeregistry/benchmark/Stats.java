package org.disputeregistry.benchmark;

import java.util.Arrays;
import java.util.List;

/** Median and p99 of a sample, by the nearest-rank method. */
record Stats(double median, double p99, int count) {

  static Stats of(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Stats(rank(sorted, 0.50), rank(sorted, 0.99), sorted.length);
  }

  static Stats ofNanos(long[] nanos, int count) {
    double[] millis = new double[count];
    for (int i = 0; i < count; i++) {
      millis[i] = nanos[i] / 1e6;
    }
    Arrays.sort(millis);
    return new Stats(rank(millis, 0.50), rank(millis, 0.99), count);
  }

  private static double rank(double[] sorted, double quantile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
