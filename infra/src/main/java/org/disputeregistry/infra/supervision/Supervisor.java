package org.disputeregistry.infra.supervision;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps one part of the system running: when it dies it is restarted after the policy's back-off,
 * and the console says what died, its exit code, when it restarts and when it is back. Closing
 * stops supervising, then stops the part. Used alike for service JVMs, PostgreSQL and Kafka
 * brokers.
 */
public final class Supervisor implements AutoCloseable {

  /** Starts one incarnation of the part and returns once it serves. */
  @FunctionalInterface
  public interface Part {
    Running start();
  }

  /** One incarnation of a part. */
  public interface Running {
    /** Completes when the incarnation has died, with a description such as "exit code 137". */
    CompletableFuture<String> onExit();

    /** Stops it (also called on a dead incarnation, to release what it still holds). */
    void stop();
  }

  /**
   * How long a death may precede the launcher's own shutdown and still count as part of it: Ctrl-C
   * in a terminal reaches every process of the group at once.
   */
  private static final Duration SIGNAL_RACE = Duration.ofSeconds(1);

  private final String name;
  private final Part part;
  private final RestartPolicy policy;
  private final PrintStream out;
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();
  private final Thread monitor;
  private volatile Running current;

  private Supervisor(String name, Part part, Running first, RestartPolicy policy, PrintStream out) {
    this.name = name;
    this.part = part;
    this.policy = policy;
    this.out = out;
    this.current = first;
    this.monitor = new Thread(this::superviseUntilStopped, "supervisor-" + name);
    monitor.setDaemon(true);
  }

  /** Supervises {@code first}, an incarnation of {@code part} that already runs. */
  static Supervisor watch(
      String name, Part part, Running first, RestartPolicy policy, PrintStream out) {
    return watch(name, part, first, policy, out, new CompletableFuture<>());
  }

  /**
   * As above; supervision also ends when {@code systemStopping} completes: once the whole system is
   * being stopped, nothing is restarted, even parts that are stopped later in the sequence.
   */
  static Supervisor watch(
      String name,
      Part part,
      Running first,
      RestartPolicy policy,
      PrintStream out,
      CompletableFuture<Void> systemStopping) {
    Supervisor supervisor = new Supervisor(name, part, first, policy, out);
    systemStopping.thenRun(() -> supervisor.stopped.complete(null));
    supervisor.monitor.start();
    return supervisor;
  }

  /** Stops supervising (waiting for a restart in progress to finish), then stops the part. */
  @Override
  public void close() {
    stopped.complete(null);
    try {
      monitor.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    current.stop();
  }

  private void superviseUntilStopped() {
    Duration delay = null;
    Instant upSince = Instant.now();
    while (true) {
      String death = awaitDeathOrStop(current);
      Instant diedAt = Instant.now();
      if (death == null || waitUnlessStopped(SIGNAL_RACE)) {
        return;
      }
      current.stop();
      delay = policy.nextDelay(delay, Duration.between(upSince, diedAt));
      say(name + " died (" + death + "); restarting in " + seconds(delay));
      Duration waited = SIGNAL_RACE;
      while (true) {
        Duration rest = delay.minus(waited);
        if (waitUnlessStopped(rest.isNegative() ? Duration.ZERO : rest)) {
          return;
        }
        waited = Duration.ZERO;
        upSince = Instant.now();
        try {
          current = part.start();
          say(name + " is back (down for " + Elapsed.since(diedAt) + ")");
          break;
        } catch (RuntimeException e) {
          delay = policy.nextDelay(delay, Duration.between(upSince, Instant.now()));
          say(name + " did not start: " + e.getMessage() + "; retrying in " + seconds(delay));
        }
      }
    }
  }

  /** The description of the death, or null if supervision stopped first. */
  private String awaitDeathOrStop(Running running) {
    Object first = CompletableFuture.anyOf(running.onExit(), stopped).join();
    return stopped.isDone() ? null : String.valueOf(first);
  }

  /** Waits for {@code duration}; true if supervision was stopped meanwhile. */
  private boolean waitUnlessStopped(Duration duration) {
    try {
      stopped.get(duration.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return stopped.isDone();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    } catch (ExecutionException e) {
      return true;
    }
  }

  private void say(String line) {
    out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
    out.flush();
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
