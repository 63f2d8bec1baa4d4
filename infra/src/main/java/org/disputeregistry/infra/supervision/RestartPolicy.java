package org.disputeregistry.infra.supervision;

import java.time.Duration;

/**
 * Exponential back-off between restarts of a part that keeps dying: {@code initial}, doubling up to
 * {@code max}; a part that stayed up for {@code resetAfter} starts again from {@code initial}.
 */
public record RestartPolicy(Duration initial, Duration max, Duration resetAfter) {

  public static final RestartPolicy DEFAULT =
      new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60));

  /**
   * @param previous the delay before the previous restart, null if there was none
   * @param upFor how long the part ran (or tried to start) before it died
   */
  Duration nextDelay(Duration previous, Duration upFor) {
    if (previous == null || upFor.compareTo(resetAfter) >= 0) {
      return initial;
    }
    Duration doubled = previous.multipliedBy(2);
    return doubled.compareTo(max) > 0 ? max : doubled;
  }
}
