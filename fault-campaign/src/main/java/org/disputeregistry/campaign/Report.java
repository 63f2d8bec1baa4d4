package org.disputeregistry.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The campaign's results as Markdown: one row per fault kind, then every run. */
final class Report {

  private Report() {}

  static String markdown(List<RunResult> runs, String header) {
    StringBuilder b = new StringBuilder(header).append("\n\n");
    b.append(
        "| killed | runs | acknowledged steps | unknown | lost | duplicated | stuck | phantom |"
            + " not recovered | writes back p50 / p99 | caught up p50 / p99 / max |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (FaultKind kind : FaultKind.values()) {
      List<RunResult> ofKind = runs.stream().filter(r -> r.kind() == kind).toList();
      if (!ofKind.isEmpty()) {
        row(b, kind.label(), ofKind);
      }
    }
    row(b, "**all**", runs);
    b.append("\n| run | killed | acknowledged | unknown | lost | duplicated | stuck | phantom |")
        .append(" writes back | caught up | note |\n");
    b.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (RunResult r : runs) {
      b.append(
          String.format(
              "| %d | %s | %d | %d | %d | %d | %d | %d | %s | %s | %s |%n",
              r.run(),
              r.kind().label(),
              r.acknowledged(),
              r.unknown(),
              r.problems().lost().size(),
              r.problems().duplicated().size(),
              r.problems().stuck().size(),
              r.problems().phantom().size(),
              RunResult.seconds(r.writesBack()),
              RunResult.seconds(r.caughtUp()),
              r.note()));
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String label, List<RunResult> runs) {
    b.append(
        String.format(
            "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %s / %s | %s / %s / %s |%n",
            label,
            runs.size(),
            sum(runs, RunResult::acknowledged),
            sum(runs, RunResult::unknown),
            sum(runs, r -> r.problems().lost().size()),
            sum(runs, r -> r.problems().duplicated().size()),
            sum(runs, r -> r.problems().stuck().size()),
            sum(runs, r -> r.problems().phantom().size()),
            runs.stream().filter(r -> !r.recovered()).count(),
            percentile(runs, RunResult::writesBack, 0.50),
            percentile(runs, RunResult::writesBack, 0.99),
            percentile(runs, RunResult::caughtUp, 0.50),
            percentile(runs, RunResult::caughtUp, 0.99),
            percentile(runs, RunResult::caughtUp, 1.0)));
  }

  private static long sum(List<RunResult> runs, ToLongFunction<RunResult> measure) {
    return runs.stream().mapToLong(measure).sum();
  }

  /** Nearest rank; a run that never recovered counts as longer than any that did. */
  static String percentile(
      List<RunResult> runs, Function<RunResult, Optional<Duration>> measure, double p) {
    List<Optional<Duration>> sorted = new ArrayList<>(runs.stream().map(measure).toList());
    sorted.sort(
        (a, b) ->
            a.isEmpty() || b.isEmpty()
                ? Boolean.compare(a.isEmpty(), b.isEmpty())
                : a.get().compareTo(b.get()));
    int rank = (int) Math.ceil(p * sorted.size());
    return RunResult.seconds(sorted.get(Math.max(rank, 1) - 1));
  }
}
