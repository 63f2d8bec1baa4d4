package org.disputeregistry.infra.supervision;

import java.time.Duration;
import java.time.Instant;

/** How long something took, as the console shows it ("12.3 s"). */
public final class Elapsed {

  private Elapsed() {}

  public static String since(Instant begin) {
    return String.format("%.1f s", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
  }
}
