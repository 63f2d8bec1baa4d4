package org.disputeregistry.infra.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

  private final RestartPolicy policy = RestartPolicy.DEFAULT;

  @Test
  void doublesFromOneSecondUpToThirtyWhileThePartKeepsDying() {
    Duration delay = null;
    StringBuilder delays = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      delay = policy.nextDelay(delay, Duration.ofSeconds(2));
      delays.append(delay.toSeconds()).append(' ');
    }

    assertThat(delays.toString().trim()).isEqualTo("1 2 4 8 16 30 30");
  }

  @Test
  void startsOverAfterThePartStayedUpForAMinute() {
    Duration delay = policy.nextDelay(Duration.ofSeconds(16), Duration.ofSeconds(60));

    assertThat(delay).isEqualTo(Duration.ofSeconds(1));
  }
}
