package org.disputeregistry.infra.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShutdownSequenceTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final ShutdownSequence sequence =
      new ShutdownSequence(new PrintStream(printed, true, StandardCharsets.UTF_8));
  private final List<String> closed = new ArrayList<>();

  @Test
  void stopsNewestFirstExactlyOnceEvenIfOneFails() {
    sequence.start("PostgreSQL", () -> () -> closed.add("postgres"));
    sequence.start(
        "Kafka",
        () ->
            () -> {
              closed.add("kafka");
              throw new IllegalStateException("broker stuck");
            });
    sequence.start("services", () -> () -> closed.add("services"));

    sequence.stopAll();
    sequence.stopAll();

    assertThat(closed).containsExactly("services", "kafka", "postgres");
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Kafka did not stop cleanly")
        .contains("Stopped.");
  }

  @Test
  void refusesToStartAnythingOnceStopping() {
    sequence.stopAll();

    assertThatThrownBy(() -> sequence.start("late", () -> () -> closed.add("late")))
        .isInstanceOf(ShutdownSequence.StoppingException.class);
    assertThat(closed).isEmpty();
    assertThat(sequence.isStopping()).isTrue();
  }
}
