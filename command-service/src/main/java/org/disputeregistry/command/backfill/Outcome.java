package org.disputeregistry.command.backfill;

/**
 * What became of one line: loaded (its events appended now; none if every step was already there)
 * or rejected, with nothing of its case loaded.
 */
record Outcome(Line line, long events, Rejection rejection) {

  static Outcome loaded(Line line, long events) {
    return new Outcome(line, events, null);
  }

  static Outcome rejected(Line line, Rejection rejection) {
    return new Outcome(line, 0, rejection);
  }

  boolean isRejected() {
    return rejection != null;
  }

  /** A re-run: the line was loaded before, this run appended nothing. */
  boolean wasAlreadyThere() {
    return !isRejected() && events == 0;
  }
}
