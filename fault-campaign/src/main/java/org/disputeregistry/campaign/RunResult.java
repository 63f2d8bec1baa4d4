package org.disputeregistry.campaign;

import java.time.Duration;
import java.util.Optional;

/**
 * One fault run: what was killed, what the clients were told, the problems first seen after it, and
 * how long until writes were answered again and until the read side had caught up (empty: not
 * within the timeout).
 */
record RunResult(
    int run,
    FaultKind kind,
    long acknowledged,
    int unknown,
    Findings problems,
    Optional<Duration> writesBack,
    Optional<Duration> caughtUp,
    String note) {

  boolean recovered() {
    return writesBack.isPresent() && caughtUp.isPresent();
  }

  String line() {
    return String.format(
        "run %3d %-21s acknowledged %4d unknown %2d lost %d duplicated %d stuck %d phantom %d"
            + " writes back %s caught up %s%s",
        run,
        kind.label(),
        acknowledged,
        unknown,
        problems.lost().size(),
        problems.duplicated().size(),
        problems.stuck().size(),
        problems.phantom().size(),
        seconds(writesBack),
        seconds(caughtUp),
        note.isEmpty() ? "" : " (" + note + ")");
  }

  static String seconds(Optional<Duration> duration) {
    return duration.map(d -> String.format("%.1f s", d.toMillis() / 1000.0)).orElse("never");
  }
}
