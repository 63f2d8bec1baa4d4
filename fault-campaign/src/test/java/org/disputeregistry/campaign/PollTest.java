package org.disputeregistry.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollTest {

  @Test
  void givesTheFirstAnswer() {
    AtomicInteger asked = new AtomicInteger();
    Optional<Integer> answer =
        Poll.until(
            Instant.now().plus(Duration.ofMinutes(1)),
            () -> true,
            () -> asked.incrementAndGet() == 3 ? Optional.of(3) : Optional.empty());

    assertThat(answer).contains(3);
  }

  @Test
  void isEmptyOnceTheDeadlineHasPassedOrThereIsNoReasonToGoOn() {
    assertThat(Poll.until(Instant.now().minusSeconds(1), () -> true, () -> Optional.of(1)))
        .isEmpty();
    assertThat(
            Poll.until(
                Instant.now().plus(Duration.ofMinutes(1)), () -> false, () -> Optional.of(1)))
        .isEmpty();
    AtomicInteger asked = new AtomicInteger();
    assertThat(
            Poll.until(
                Instant.now().plus(Duration.ofMinutes(1)),
                () -> asked.get() < 2,
                () -> {
                  asked.incrementAndGet();
                  return Optional.empty();
                }))
        .isEmpty();
  }
}
