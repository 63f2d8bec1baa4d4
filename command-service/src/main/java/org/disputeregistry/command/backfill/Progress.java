package org.disputeregistry.command.backfill;

import java.time.Duration;

/** How far a back-fill has got: the running totals now and then, and at the end. */
record Progress(long lines, long events, long rejected, Duration elapsed) {

  public double eventsPerSecond() {
    return events / (Math.max(elapsed.toMillis(), 1) / 1000.0);
  }

  /** Receives the progress about once a second, and each rejected line as it happens. */
  public interface Listener {

    void update(Progress progress);

    /** Called from the loading threads, possibly at once. */
    default void rejected(Rejection rejection, String line) {}
  }
}
