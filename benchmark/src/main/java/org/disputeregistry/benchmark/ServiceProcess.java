package org.disputeregistry.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service jar in its own JVM ({@code -Xmx512m}, as DESIGN.md 7 budgets), its heap polled from the
 * actuator, its phases recorded by JFR on demand.
 */
final class ServiceProcess implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  final String name;
  final String baseUrl;
  private final Process process;
  private final Path output;
  private final Path jfrDirectory;
  private final AtomicLong peakHeap = new AtomicLong();
  private final ScheduledExecutorService poller =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "heap-poller");
            thread.setDaemon(true);
            return thread;
          });

  private ServiceProcess(String name, int port, Process process, Path output, Path jfrDirectory) {
    this.name = name;
    this.baseUrl = "http://localhost:" + port;
    this.process = process;
    this.output = output;
    this.jfrDirectory = jfrDirectory;
  }

  /** Starts {@code jar} with the given environment and Spring arguments; waits until it is UP. */
  static ServiceProcess start(
      String name,
      Path jar,
      Map<String, String> environment,
      Path outputDirectory,
      List<String> jvmOptions,
      List<String> arguments) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    builder.environment().put("SERVER_PORT", String.valueOf(port));
    try {
      Files.createDirectories(outputDirectory);
      Path output = outputDirectory.resolve(name + ".log");
      builder.redirectErrorStream(true).redirectOutput(output.toFile());
      Process process = builder.start();
      // An interrupted suite (Ctrl-C) must not leave services running.
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
      ServiceProcess service =
          new ServiceProcess(name, port, process, output, outputDirectory.resolve("jfr"));
      service.awaitUp();
      service.poller.scheduleAtFixedRate(service::pollHeap, 0, 500, TimeUnit.MILLISECONDS);
      return service;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitUp() {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited; see " + output);
      }
      if (healthy()) {
        log.info("{} is up at {}", name, baseUrl);
        return;
      }
      LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }
    throw new IllegalStateException(name + " did not come up within 3 minutes; see " + output);
  }

  private boolean healthy() {
    try {
      return Http.get(baseUrl + "/actuator/health").body().contains("\"UP\"");
    } catch (UncheckedIOException notYetListening) {
      return false;
    }
  }

  private void pollHeap() {
    try {
      JsonNode metric =
          JSON.readTree(
              Http.get(baseUrl + "/actuator/metrics/jvm.memory.used?tag=area:heap").body());
      long used = metric.path("measurements").path(0).path("value").asLong();
      peakHeap.accumulateAndGet(used, Math::max);
    } catch (IOException | RuntimeException stoppingOrBusy) {
      // A missed sample while the service stops or is saturated; the next one counts.
      log.debug("{}: heap not polled: {}", name, stoppingOrBusy.toString());
    }
  }

  long peakHeapBytes() {
    return peakHeap.get();
  }

  /** JVM options that record the whole life of a process into {@code jfr/<name>.jfr}. */
  static List<String> recordingFromStart(Path outputDirectory, String name) {
    Path file = outputDirectory.resolve("jfr").resolve(name + ".jfr");
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.of("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + file);
  }

  /** Starts a JFR recording named after the phase (only the phase's samples end up in it). */
  void startRecording(String phase) {
    jcmd("JFR.start", "name=" + phase, "settings=profile");
  }

  /** Stops the phase's recording into {@code jfr/<service>-<phase>.jfr}. */
  Path stopRecording(String phase) {
    Path file = jfrDirectory.resolve(name + "-" + phase + ".jfr");
    try {
      Files.createDirectories(jfrDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    jcmd("JFR.stop", "name=" + phase, "filename=" + file);
    return file;
  }

  private void jcmd(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    command.add(String.valueOf(process.pid()));
    command.addAll(List.of(arguments));
    try {
      Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
      String said = new String(jcmd.getInputStream().readAllBytes());
      if (jcmd.waitFor() != 0) {
        log.warn("jcmd {} failed: {}", String.join(" ", arguments), said);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    poller.shutdownNow();
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
