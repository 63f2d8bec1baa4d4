package org.disputeregistry.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** A running service JVM whose output goes to its log file. */
final class ChildProcess {

  private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

  private final ChildSpec spec;
  private final Process process;

  private ChildProcess(ChildSpec spec, Process process) {
    this.spec = spec;
    this.process = process;
  }

  static ChildProcess start(ChildSpec spec) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(java.toString(), "-Xmx512m", "-jar", spec.jar().toString());
    builder.environment().putAll(spec.environment());
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()));
    try {
      LogFiles.prepareForAppend(spec.logFile());
      Files.writeString(
          spec.logFile(),
          "---- " + spec.name() + " starting at " + Instant.now() + " ----\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      return new ChildProcess(spec, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + spec.name(), e);
    }
  }

  ChildSpec spec() {
    return spec;
  }

  CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  int exitValue() {
    return process.exitValue();
  }

  /**
   * Polls {@code /actuator/health} until it answers 200 with status UP.
   *
   * @throws ChildExitedException if the process dies first
   * @throws IllegalStateException if the deadline passes first
   */
  void awaitHealthy(HttpClient http, Instant deadline) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(spec.baseUrl() + "/actuator/health"))
            .timeout(Duration.ofSeconds(2))
            .GET()
            .build();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new ChildExitedException(this);
      }
      if (answersUp(http, request)) {
        return;
      }
      awaitExit(POLL_INTERVAL); // the pause between polls, cut short if the child dies
    }
    throw new IllegalStateException(
        spec.name() + " did not report UP at " + request.uri() + " in time; see " + spec.logFile());
  }

  /** SIGTERM to the service and anything it started: Spring Boot shuts down gracefully. */
  void requestStop() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
  }

  /** Stops all children together: SIGTERM, up to {@code grace} for them to exit, then SIGKILL. */
  static void stopAll(List<ChildProcess> children, Duration grace) {
    children.forEach(ChildProcess::requestStop);
    Instant deadline = Instant.now().plus(grace);
    for (ChildProcess child : children) {
      Duration left = Duration.between(Instant.now(), deadline);
      if (!child.awaitExit(left.isNegative() ? Duration.ZERO : left)) {
        child.process.descendants().forEach(ProcessHandle::destroyForcibly);
        child.process.destroyForcibly();
        child.awaitExit(Duration.ofSeconds(5));
      }
    }
  }

  private boolean awaitExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
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
              + " exited with code "
              + child.process.exitValue()
              + "; see its log: "
              + child.spec.logFile());
    }
  }
}
