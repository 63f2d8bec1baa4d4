package org.disputeregistry.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the scenarios measured: the rows of the table, a note per scenario saying how it measured,
 * and each service's peak heap; written as one markdown document.
 */
final class Results {

  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Long> peakHeaps = new LinkedHashMap<>();

  synchronized void add(Row row) {
    rows.add(row);
  }

  synchronized void note(String note) {
    notes.add(note);
  }

  /** The service's median of the first row whose figure starts so, if that phase ran. */
  synchronized OptionalDouble median(String figurePrefix) {
    return rows.stream()
        .filter(row -> row.figure().startsWith(figurePrefix))
        .mapToDouble(row -> row.measured().median())
        .findFirst();
  }

  /** Keeps the highest heap seen for a role (several processes can play it one after another). */
  synchronized void peakHeap(String role, long bytes) {
    peakHeaps.merge(role, bytes, Math::max);
  }

  /** The whole report: servers, runs and load, the figures, the heaps, the notes. */
  synchronized String markdown(
      String servers, int runs, Duration took, double loadAtStart, double loadAtEnd) {
    StringBuilder table = new StringBuilder();
    table.append("Servers: ").append(servers).append('\n');
    table.append(
        "Runs: %d; suite took %.1f min; load average %.2f at start, %.2f at end\n\n"
            .formatted(runs, took.toSeconds() / 60.0, loadAtStart, loadAtEnd));
    table.append(
        "| figure | unit | service: median / p99 | baseline: median / p99 | ratio | target |\n");
    table.append("|---|---|---|---|---|---|\n");
    rows.forEach(row -> table.append(row.markdown()).append('\n'));
    table.append("\n| service | peak heap (MiB) | budget |\n|---|---|---|\n");
    peakHeaps.forEach(
        (name, bytes) ->
            table.append("| %s | %d | 512 MiB |\n".formatted(name, bytes / (1024 * 1024))));
    table.append('\n');
    notes.forEach(note -> table.append("- ").append(note).append('\n'));
    return table.toString();
  }
}
