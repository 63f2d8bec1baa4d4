package org.disputeregistry.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rounds of a phase's own work before its measured runs, until the JIT compiler is done: a round in
 * which the JVM's compiler threads took less than {@link #STEADY} of its CPU and whose figure
 * improved by less than that over the round before (on a loaded machine the figure alone stalls
 * while the compiler is still starved), after at least {@code bench.warmUpSeconds} and at most
 * {@code bench.warmUpMaxSeconds} or a number of rounds. One rule for every phase that warms up.
 */
final class WarmUp {

  private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

  /** A round within this fraction of the one before means the JIT compiler is done. */
  static final double STEADY = 0.05;

  /** One round of the phase's work; its figure (a rate, or a latency where lower is better). */
  interface Round {
    double run() throws Exception;
  }

  private WarmUp() {}

  /** Runs rounds on the JVM {@code pid}; the rounds' figures, in order. */
  static List<Double> rounds(
      String what, long pid, Sizes sizes, int maxRounds, boolean lowerIsBetter, Round round)
      throws Exception {
    List<Double> figures = new ArrayList<>();
    long started = System.nanoTime();
    while (true) {
      long cpu = ProcessCpu.ofProcess(pid);
      long compiling = ProcessCpu.ofCompilerThreads(pid);
      double figure = round.run();
      double compilerShare =
          (ProcessCpu.ofCompilerThreads(pid) - compiling)
              / (double) Math.max(1, ProcessCpu.ofProcess(pid) - cpu);
      boolean steady =
          compilerShare < STEADY
              && !figures.isEmpty()
              && !improved(figure, figures.get(figures.size() - 1), lowerIsBetter);
      figures.add(figure);
      log.info(
          "  warm-up {} round {}: {}, {}% of the JVM's CPU compiling",
          what, figures.size(), Row.number(figure), Math.round(compilerShare * 100));
      long elapsed = System.nanoTime() - started;
      if (elapsed >= sizes.warmUpMax().toNanos()
          || figures.size() == maxRounds
          || (steady && elapsed >= sizes.warmUp().toNanos())) {
        return figures;
      }
    }
  }

  private static boolean improved(double figure, double before, boolean lowerIsBetter) {
    return lowerIsBetter ? figure <= before * (1 - STEADY) : figure >= before * (1 + STEADY);
  }

  /** The figures as the notes print them: "a → b → c". */
  static String trail(List<Double> figures) {
    return String.join(" → ", figures.stream().map(Row::number).toList());
  }
}
