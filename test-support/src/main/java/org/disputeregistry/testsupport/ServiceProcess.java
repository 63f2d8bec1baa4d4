package org.disputeregistry.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * A service's executable jar run as a process of its own, as an operator runs it: {@code java
 * -Xmx<heap> -jar}, configured by environment variables and {@code SERVER_PORT}, its output in a
 * log file. Tests and the benchmark start every service this way, so that what they measure or
 * check is the jar as it ships.
 */
public final class ServiceProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** How long {@link #close()} lets a service stop by itself before killing it. */
  private static final Duration GRACE = Duration.ofSeconds(60);

  private final String name;
  private final int port;
  private final Path log;
  private final String actor;
  private final Process process;
  private HeapSampler heap;

  private ServiceProcess(String name, int port, Path log, String actor, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.actor = actor;
    this.process = process;
  }

  /** What to run: the jar, then options on the returned builder, then {@link Builder#start()}. */
  public static Builder of(Path jar) {
    return new Builder(jar);
  }

  /** The jar a system property names (the build sets {@code command.jar}, {@code query.jar}). */
  public static Path jarFromProperty(String property) {
    String jar = System.getProperty(property);
    if (jar == null) {
      throw new IllegalStateException("No -D" + property + ": run through Maven (mvn verify)");
    }
    return Path.of(jar);
  }

  /** A module's {@code <module>-<version>-exec.jar} in {@code directory} (e.g. its target). */
  public static Path execJar(Path directory, String module) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().matches(module + "-.*-exec\\.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "No "
                          + module
                          + " exec jar in "
                          + directory
                          + ": run through Maven (mvn verify), after package"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON command, sent as the builder's actor. */
  public HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/json")
            .header("X-Actor", actor)
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

  /** How to run one service; every option has a default but the jar. */
  public static final class Builder {

    private final Path jar;
    private String name;
    private String heap = "256m";
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> arguments = new ArrayList<>();
    private Integer port;
    private Path log;
    private boolean appendLog;
    private String actor = "test";
    private boolean stopWithThisJvm;

    private Builder(Path jar) {
      this.jar = jar;
      this.name = jar.getFileName().toString().replaceFirst("-\\d.*$", "");
    }

    /** Names the log file and the messages; the jar's module by default. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** {@code -Xmx}, e.g. {@code "512m"} (the production budget); 256m by default. */
    public Builder heap(String heap) {
      this.heap = heap;
      return this;
    }

    /** The JIT's first tier only: starts faster; for tests that do not measure speed. */
    public Builder quickStart() {
      jvmOptions.add("-XX:TieredStopAtLevel=1");
      return this;
    }

    /** Options for the JVM, before {@code -jar} (GC log, JFR, ...). */
    public Builder jvmOptions(List<String> options) {
      jvmOptions.addAll(options);
      return this;
    }

    public Builder environment(Map<String, String> variables) {
      environment.putAll(variables);
      return this;
    }

    public Builder environment(String variable, String value) {
      environment.put(variable, value);
      return this;
    }

    /** Program arguments after the jar, e.g. {@code --registry.kafka.topic=...}. */
    public Builder arguments(String... arguments) {
      this.arguments.addAll(List.of(arguments));
      return this;
    }

    /** A fixed HTTP port; 0 lets the service pick one. A free port is chosen by default. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Where the process's output goes; {@code target/<name>.log} by default. */
    public Builder log(Path log) {
      this.log = log;
      return this;
    }

    /** Appends to the log instead of truncating it (a service restarted in the same test). */
    public Builder appendLog() {
      this.appendLog = true;
      return this;
    }

    /** The {@code X-Actor} header of {@link ServiceProcess#post}. */
    public Builder actor(String actor) {
      this.actor = actor;
      return this;
    }

    /** Stops the process when this JVM ends, e.g. when an interrupted program is stopped. */
    public Builder stopWithThisJvm() {
      this.stopWithThisJvm = true;
      return this;
    }

    /** Starts the process; it is not yet serving ({@link ServiceProcess#awaitHealthy}). */
    public ServiceProcess start() {
      int chosenPort = port != null ? port : Ports.free();
      Path logFile = log != null ? log : Path.of("target", name + ".log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx" + heap);
      command.addAll(jvmOptions);
      command.addAll(List.of("-jar", jar.toString()));
      command.addAll(arguments);
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().putAll(environment);
      builder.environment().put("SERVER_PORT", String.valueOf(chosenPort));
      try {
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        builder.redirectOutput(
            appendLog
                ? ProcessBuilder.Redirect.appendTo(logFile.toFile())
                : ProcessBuilder.Redirect.to(logFile.toFile()));
        Process process = builder.start();
        if (stopWithThisJvm) {
          Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        }
        return new ServiceProcess(name, chosenPort, logFile, actor, process);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start " + jar, e);
      }
    }
  }
}
