package org.disputeregistry.infra.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SupervisorTest {

  private static final RestartPolicy QUICK =
      new RestartPolicy(Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMinutes(1));

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
  private final List<FakePart> started = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresToCome = new AtomicInteger();

  private FakePart start() {
    if (failuresToCome.getAndDecrement() > 0) {
      throw new IllegalStateException("port in use");
    }
    FakePart part = new FakePart();
    started.add(part);
    return part;
  }

  @Test
  void restartsAPartThatDiedAndSaysSo() {
    FakePart first = start();
    try (Supervisor supervisor =
        Supervisor.watch("query-service", this::start, first, QUICK, out)) {
      first.die("exit code 137");

      await().atMost(Duration.ofSeconds(30)).until(() -> started.size() == 2);
      await().atMost(Duration.ofSeconds(30)).until(() -> printed().contains("is back"));
      assertThat(first.stopped).as("the dead one's resources released").isTrue();
      assertThat(printed()).contains("query-service died (exit code 137); restarting in 10 ms");
    }
    assertThat(started.get(1).stopped).as("closing stops the current one").isTrue();
  }

  @Test
  void keepsTryingWithLongerPausesWhileTheRestartFails() {
    FakePart first = start();
    failuresToCome.set(2);
    try (Supervisor supervisor = Supervisor.watch("PostgreSQL", this::start, first, QUICK, out)) {
      first.die("postmaster gone");

      await().atMost(Duration.ofSeconds(30)).until(() -> started.size() == 2);
      assertThat(printed())
          .contains("PostgreSQL did not start: port in use; retrying in 20 ms")
          .contains("PostgreSQL did not start: port in use; retrying in 40 ms");
    }
  }

  @Test
  void aPartThatDiesAfterClosingIsNotRestarted() {
    FakePart first = start();
    Supervisor supervisor = Supervisor.watch("kafka-1", this::start, first, QUICK, out);

    supervisor.close();
    first.die("exit code 143");

    assertThat(first.stopped).isTrue();
    assertThat(started).hasSize(1);
    assertThat(printed()).doesNotContain("died");
  }

  @Test
  void nothingIsRestartedOnceTheWholeSystemIsStopping() {
    FakePart first = start();
    CompletableFuture<Void> systemStopping = new CompletableFuture<>();
    try (Supervisor supervisor =
        Supervisor.watch("kafka-2", this::start, first, QUICK, out, systemStopping)) {
      systemStopping.complete(null);
      first.die("exit code 130"); // Ctrl-C reached the broker before its turn to be stopped

      await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> true);
      assertThat(started).hasSize(1);
    }
    assertThat(printed()).doesNotContain("died");
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  private static final class FakePart implements Supervisor.Running {
    private final CompletableFuture<String> exit = new CompletableFuture<>();
    private volatile boolean stopped;

    void die(String how) {
      exit.complete(how);
    }

    @Override
    public CompletableFuture<String> onExit() {
      return exit;
    }

    @Override
    public void stop() {
      stopped = true;
      exit.complete("stopped");
    }
  }
}
