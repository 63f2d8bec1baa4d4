package org.disputeregistry.campaign;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/** Asks again, a fixed interval apart, until an answer, a deadline or a reason to stop. */
final class Poll {

  static final Duration INTERVAL = Duration.ofMillis(250);

  private Poll() {}

  /** The first answer of {@code check}; empty at the deadline or once {@code goOn} says no. */
  static <T> Optional<T> until(
      Instant deadline, BooleanSupplier goOn, Supplier<Optional<T>> check) {
    Duration left = Duration.between(Instant.now(), deadline);
    if (left.isNegative() || left.isZero() || !goOn.getAsBoolean()) {
      return Optional.empty();
    }
    AtomicReference<Optional<T>> answer = new AtomicReference<>(Optional.empty());
    try {
      await()
          .atMost(left)
          .pollDelay(Duration.ZERO)
          .pollInterval(INTERVAL)
          .failFast(() -> !goOn.getAsBoolean())
          .until(
              () -> {
                answer.set(check.get());
                return answer.get().isPresent();
              });
      return answer.get();
    } catch (ConditionTimeoutException | TerminalFailureException stopped) {
      return Optional.empty();
    }
  }
}
