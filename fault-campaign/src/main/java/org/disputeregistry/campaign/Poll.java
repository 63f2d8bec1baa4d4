package org.disputeregistry.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Asks again and again, a fixed interval apart, until an answer, a deadline or a reason to stop.
 */
final class Poll {

  static final Duration INTERVAL = Duration.ofMillis(250);

  private Poll() {}

  /** The first answer of {@code check}; empty at the deadline or once {@code goOn} says no. */
  static <T> Optional<T> until(Instant deadline, BooleanSupplier goOn, Supplier<Optional<T>> check)
      throws InterruptedException {
    while (goOn.getAsBoolean() && Instant.now().isBefore(deadline)) {
      Optional<T> answer = check.get();
      if (answer.isPresent()) {
        return answer;
      }
      Thread.sleep(INTERVAL.toMillis());
    }
    return Optional.empty();
  }
}
