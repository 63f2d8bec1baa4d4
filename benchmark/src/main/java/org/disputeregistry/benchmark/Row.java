package org.disputeregistry.benchmark;

/**
 * One line of the results table: the service's figure and the raw baseline, each as median and p99
 * over the runs, and their ratio (figure / baseline of the medians; for latencies baseline /
 * figure, so that below 1 always means "slower than raw").
 */
record Row(
    String figure,
    String unit,
    Stats measured,
    Stats baseline,
    boolean lowerIsBetter,
    String target) {

  double ratio() {
    if (baseline == null || baseline.median() == 0) {
      return Double.NaN;
    }
    return lowerIsBetter
        ? baseline.median() / measured.median()
        : measured.median() / baseline.median();
  }

  String markdown() {
    return "| %s | %s | %s | %s | %s | %s |"
        .formatted(
            figure,
            unit,
            format(measured),
            baseline == null ? "n/a" : format(baseline),
            Double.isNaN(ratio()) ? "n/a" : "%.2f".formatted(ratio()),
            target);
  }

  private static String format(Stats stats) {
    return "%s / %s".formatted(number(stats.median()), number(stats.p99()));
  }

  static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return value >= 100 ? "%,.0f".formatted(value) : "%.2f".formatted(value);
  }
}
