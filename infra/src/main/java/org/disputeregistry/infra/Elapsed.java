package org.disputeregistry.infra;

import java.time.Duration;
import java.time.Instant;

/** How long something took, as the console shows it ("12.3 s"). */
final class Elapsed {

  private Elapsed() {}

  static String since(Instant begin) {
    return String.format("%.1f s", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
  }
}
