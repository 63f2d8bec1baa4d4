package org.disputeregistry.command.backfill;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a back-fill did.
 *
 * @param casesRecorded lines whose case was loaded (now or, in part, earlier)
 * @param casesAlreadyLoaded lines whose every step was already in the registry (a re-run)
 * @param eventsAppended events written by this run
 * @param rejections the first {@link #KEPT_REJECTIONS} rejected lines, in line order
 * @param rejectedByCode every rejected line, counted by its error code
 */
record BackfillReport(
    long lines,
    long casesRecorded,
    long casesAlreadyLoaded,
    long eventsAppended,
    long rejected,
    List<Rejection> rejections,
    Map<String, Long> rejectedByCode,
    Duration elapsed) {

  /** How many rejected lines a report keeps in detail (all are counted by code). */
  public static final int KEPT_REJECTIONS = 1000;

  public double eventsPerSecond() {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    return eventsAppended / seconds;
  }

  public String summary() {
    return String.format(
        "%,d lines: %,d cases loaded (%,d already there), %,d rejected; %,d events in %.1f s"
            + " (%,.0f events/s)",
        lines,
        casesRecorded,
        casesAlreadyLoaded,
        rejected,
        eventsAppended,
        elapsed.toMillis() / 1000.0,
        eventsPerSecond());
  }
}
