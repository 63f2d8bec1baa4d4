package org.disputeregistry.command.backfill;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * The totals of a running back-fill, added to by the loading threads at once: every line counted,
 * every rejection counted by its code, the first {@link BackfillReport#KEPT_REJECTIONS} kept in
 * detail (a file of a million bad lines must not fill the heap).
 */
final class RunningTotals {

  private final Progress.Listener listener;
  private final LongAdder lines = new LongAdder();
  private final LongAdder recorded = new LongAdder();
  private final LongAdder already = new LongAdder();
  private final LongAdder events = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final ConcurrentLinkedQueue<Rejection> kept = new ConcurrentLinkedQueue<>();
  private final Map<String, LongAdder> byCode = new ConcurrentHashMap<>();

  RunningTotals(Progress.Listener listener) {
    this.listener = listener;
  }

  void add(List<Outcome> outcomes) {
    outcomes.forEach(this::add);
  }

  private void add(Outcome outcome) {
    lines.increment();
    events.add(outcome.events());
    if (!outcome.isRejected()) {
      (outcome.wasAlreadyThere() ? already : recorded).increment();
      return;
    }
    rejected.increment();
    byCode.computeIfAbsent(outcome.rejection().code(), c -> new LongAdder()).increment();
    if (kept.size() < BackfillReport.KEPT_REJECTIONS) {
      kept.add(outcome.rejection());
    }
    listener.rejected(outcome.rejection(), outcome.line().text());
  }

  /** Tells the listener the totals now. */
  void tell(Duration elapsed) {
    listener.update(new Progress(lines.sum(), events.sum(), rejected.sum(), elapsed));
  }

  BackfillReport report(Duration elapsed) {
    Map<String, Long> counts = new TreeMap<>();
    byCode.forEach((code, n) -> counts.put(code, n.sum()));
    List<Rejection> sorted =
        kept.stream().sorted(Comparator.comparingLong(Rejection::line)).toList();
    return new BackfillReport(
        lines.sum(),
        recorded.sum(),
        already.sum(),
        events.sum(),
        rejected.sum(),
        sorted,
        counts,
        elapsed);
  }
}
