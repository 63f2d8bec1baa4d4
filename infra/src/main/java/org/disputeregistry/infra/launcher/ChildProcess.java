package org.disputeregistry.infra.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.disputeregistry.infra.supervision.Supervisor;

/** A running service JVM whose output goes to its log file. */
final class ChildProcess implements Supervisor.Running {

  private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

  /** A busy service may miss one health check; a few seconds decide. */
  private static final int ADOPTION_HEALTH_CHECKS = 3;

  private final ChildSpec spec;
  private final JavaProcess process;

  private ChildProcess(ChildSpec spec, JavaProcess process) {
    this.spec = spec;
    this.process = process;
  }

  static ChildProcess start(ChildSpec spec, Path dataDirectory) {
    return new ChildProcess(
        spec,
        JavaProcess.start(
            spec.name(), arguments(spec), spec.environment(), spec.logFile(), dataDirectory));
  }

  private static List<String> arguments(ChildSpec spec) {
    List<String> arguments = new ArrayList<>(spec.jvmOptions());
    arguments.addAll(List.of("-jar", spec.jar().toString()));
    return List.copyOf(arguments);
  }

  /**
   * Why {@code leftover} is not the service {@link #start} would run, healthy, or empty if it is.
   */
  static Optional<String> whyNotAdopt(
      ChildSpec spec, Path dataDirectory, ProcessHandle leftover, HttpClient http) {
    Optional<String> mismatch =
        Adoption.Launched.of(leftover)
            .map(
                launched ->
                    Adoption.mismatch(
                        JavaProcess.commandLine(arguments(spec), dataDirectory),
                        Adoption.childEnvironment(spec.environment()),
                        List.of(spec.jar()),
                        launched))
            .orElse(Optional.of("it cannot be inspected"));
    if (mismatch.isPresent()) {
      return mismatch;
    }
    for (int attempt = 1; attempt <= ADOPTION_HEALTH_CHECKS; attempt++) {
      if (answersUp(http, healthRequest(spec))) {
        return Optional.empty();
      }
      leftover.onExit().completeOnTimeout(leftover, 1, TimeUnit.SECONDS).join();
    }
    return Optional.of("its health endpoint does not say UP");
  }

  /** Supervises a service JVM {@link #whyNotAdopt} found fit. */
  static ChildProcess adopt(ChildSpec spec, Path dataDirectory, ProcessHandle leftover) {
    return new ChildProcess(spec, JavaProcess.adopt(spec.name(), leftover, dataDirectory));
  }

  ChildSpec spec() {
    return spec;
  }

  @Override
  public CompletableFuture<String> onExit() {
    return process.onExit();
  }

  @Override
  public void stop() {
    process.stop();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /**
   * Polls {@code /actuator/health} until it answers 200 with status UP.
   *
   * @throws ChildExitedException if the process dies first
   * @throws IllegalStateException if the deadline passes first
   */
  void awaitHealthy(HttpClient http, Instant deadline) {
    HttpRequest request = healthRequest(spec);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new ChildExitedException(this);
      }
      if (answersUp(http, request)) {
        return;
      }
      process.awaitExit(POLL_INTERVAL); // the pause between polls, cut short if the child dies
    }
    throw new IllegalStateException(
        spec.name() + " did not report UP at " + request.uri() + " in time; see " + spec.logFile());
  }

  private static HttpRequest healthRequest(ChildSpec spec) {
    return HttpRequest.newBuilder(URI.create(spec.baseUrl() + "/actuator/health"))
        .timeout(Duration.ofSeconds(2))
        .GET()
        .build();
  }

  /** Stops all together, so that the services shut down in parallel. */
  static void stopAll(List<ChildProcess> children, Duration grace) {
    JavaProcess.stopAll(children.stream().map(c -> c.process).toList(), grace);
  }

  private static boolean answersUp(HttpClient http, HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find();
    } catch (IOException e) {
      return false; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for health", e);
    }
  }

  /** The service stopped on its own: the message names its exit code and log. */
  static final class ChildExitedException extends RuntimeException {
    ChildExitedException(ChildProcess child) {
      super(
          child.spec.name()
              + " exited ("
              + child.process.exitDescription()
              + "); see its log: "
              + child.spec.logFile());
    }
  }
}
