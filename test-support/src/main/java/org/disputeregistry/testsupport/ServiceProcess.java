package org.disputeregistry.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A service's executable jar run as a process of its own, as an operator runs it: {@code java
 * -Xmx<heap> -jar}, configured by environment variables and {@code SERVER_PORT}, its output in a
 * log file. Tests and the benchmark start every service this way, so that what they measure or
 * check is the jar as it ships.
 */
public final class ServiceProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** How long {@link #close()} lets a service stop by itself before killing it. */
  private static final Duration GRACE = Duration.ofSeconds(60);

  private final String name;
  private final int port;
  private final Path log;
  private final String account;
  private final Process process;
  private HeapSampler heap;

  ServiceProcess(String name, int port, Path log, String account, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.account = account;
    this.process = process;
  }

  /**
   * What to run: the jar, then options on the returned builder, then {@link
   * ServiceProcessBuilder#start()}.
   */
  public static ServiceProcessBuilder of(Path jar) {
    return new ServiceProcessBuilder(jar);
  }

  public String name() {
    return name;
  }

  /** The HTTP port, or 0 if the service was left to pick one (then it cannot be called). */
  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public Path log() {
    return log;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Until the actuator's health answers 200; fails at once if the process exits, and after {@code
   * atMost} (a bound for a service that never comes up, not a timed assertion).
   */
  public ServiceProcess awaitHealthy(Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited; see " + log);
      }
      try {
        if (get("/actuator/health").statusCode() == 200) {
          return this;
        }
      } catch (IOException notListeningYet) {
        // Starting: the next poll tells.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(name + " not healthy within " + atMost + "; see " + log);
      }
      LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }
  }

  /**
   * Waits for the process to end by itself and gives its exit status; fails after {@code bound}.
   */
  public int awaitExit(Duration bound) throws InterruptedException {
    if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(name + " still running after " + bound + "; see " + log);
    }
    return process.exitValue();
  }

  /** A GET with a token of the builder's account. */
  public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return getAs(account, pathAndQuery);
  }

  /** A GET with a token of a demo account ({@link Tokens#ACCOUNTS}). */
  public HttpResponse<String> getAs(String demoAccount, String pathAndQuery)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + Tokens.forAccount(demoAccount))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON command, sent with a token of the builder's account. */
  public HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + Tokens.forAccount(account))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Samples the heap in use from the actuator every {@code interval} from now on; {@link
   * #peakHeapBytes()} is the highest sample.
   */
  public ServiceProcess pollHeap(Duration interval) {
    if (heap == null) {
      heap = HeapSampler.start(this, interval);
    }
    return this;
  }

  /** The highest heap sample so far (0 without {@link #pollHeap}). */
  public long peakHeapBytes() {
    return heap == null ? 0 : heap.peakBytes();
  }

  /** SIGKILL, as a crash: nothing of the service's own shutdown runs. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** SIGTERM, as an operator stops it; SIGKILL if it has not stopped within a minute. */
  @Override
  public void close() {
    if (heap != null) {
      heap.stop();
    }
    process.destroy();
    try {
      if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
