package org.disputeregistry.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disputeregistry.demo.DemoYear;
import org.disputeregistry.demo.Scale;
import org.disputeregistry.testsupport.TestDatabase;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * The demo year back-filled into the packaged command-service with the production heap (512 MiB),
 * its relay publishing to Kafka meanwhile: no OutOfMemoryError, and the heap after every garbage
 * collection (the live data, read from the GC log) stays within budget. {@code verify} loads the
 * test year; {@code -Dheap.demo.scale=full} the full year (562,580 events, a few minutes).
 */
class HeapUnderBackfillIT {

  static final String SCALE = System.getProperty("heap.demo.scale", "test");
  static final int BUDGET_MIB = Integer.getInteger("heap.budget.mib", 384);
  static final Pattern AFTER_GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
  static final ObjectMapper JSON = new ObjectMapper();

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theDemoYearLoadsWithinTheHeapBudget() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "heap-under-backfill"));
    Path demo = dir.resolve("demo-2023-" + SCALE + ".ndjson");
    DemoYear.write(Scale.of(SCALE), demo);
    Path log = dir.resolve("command-service.log");
    Path gcLog = dir.resolve("gc.log");
    TestDatabase database = TestInfrastructure.get().newDatabase("heap");
    int port = freePort();

    Process service = start(database, port, log, gcLog);
    try {
      String url = "http://localhost:" + port;
      awaitHealthy(url, service, log);
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(url + "/api/backfills"))
                  .header("Content-Type", "application/x-ndjson")
                  .header("X-Actor", "demo-year")
                  .timeout(Duration.ofMinutes(30))
                  .POST(HttpRequest.BodyPublishers.ofFile(demo))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      JsonNode report = JSON.readTree(answer.body());
      assertThat(report.path("rejected").asLong()).as(answer.body()).isZero();
      long events = report.path("eventsAppended").asLong();
      awaitRelayed(database, events, service, log);
    } finally {
      service.destroy();
      if (!service.waitFor(1, TimeUnit.MINUTES)) {
        service.destroyForcibly();
      }
    }

    assertThat(Files.readString(log)).as("see " + log).doesNotContain("OutOfMemoryError");
    int peakAfterGc = peakAfterGc(gcLog);
    System.out.printf(
        "Heap after GC, peak: %d MiB of 512 (budget %d), demo scale %s; GC log %s%n",
        peakAfterGc, BUDGET_MIB, SCALE, gcLog);
    assertThat(peakAfterGc).as("heap after GC, MiB; see " + gcLog).isLessThanOrEqualTo(BUDGET_MIB);
  }

  static Process start(TestDatabase database, int port, Path log, Path gcLog) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx512m",
            "-Xlog:gc:file=" + gcLog.toAbsolutePath(),
            "-jar",
            jar().toString(),
            "--registry.kafka.topic=heap-" + UUID.randomUUID()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    builder.environment().put("REGISTRY_COMMAND_DB_URL", database.jdbcUrl());
    builder.environment().put("REGISTRY_DB_USER", database.user());
    builder.environment().put("REGISTRY_DB_PASSWORD", database.password());
    builder
        .environment()
        .put("REGISTRY_KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.get().kafkaBootstrapServers());
    builder.environment().put("SERVER_PORT", String.valueOf(port));
    return builder.start();
  }

  /** A bound for a service that never comes up, not a timed assertion. */
  void awaitHealthy(String url, Process service, Path log) {
    await("health of the service logging to " + log)
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(500))
        .failFast("the service died; see " + log, () -> !service.isAlive())
        .ignoreExceptions()
        .until(
            () ->
                http.send(
                            HttpRequest.newBuilder(URI.create(url + "/actuator/health")).build(),
                            HttpResponse.BodyHandlers.discarding())
                        .statusCode()
                    == 200);
  }

  /** Until the relay has published every appended event (its token at the last global index). */
  static void awaitRelayed(TestDatabase database, long events, Process service, Path log)
      throws Exception {
    try (var connection =
        java.sql.DriverManager.getConnection(
            database.jdbcUrl(), database.user(), database.password())) {
      await("the relay publishing every event; see " + log)
          .atMost(Duration.ofMinutes(20))
          .pollInterval(Duration.ofSeconds(1))
          .failFast("the service died; see " + log, () -> !service.isAlive())
          .until(
              () -> {
                try (var statement = connection.createStatement();
                    var rows =
                        statement.executeQuery(
                            "SELECT count(*), max(globalindex) FROM domainevententry")) {
                  rows.next();
                  assertThat(rows.getLong(1)).isGreaterThanOrEqualTo(events);
                  return relayedUpTo(connection) >= rows.getLong(2);
                }
              });
    }
  }

  /** The lowest index every segment of the relay has passed. */
  static long relayedUpTo(java.sql.Connection connection) throws java.sql.SQLException {
    long lowest = Long.MAX_VALUE;
    try (var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT convert_from(token, 'UTF8') FROM tokenentry"
                    + " WHERE processorname = 'kafka-relay'")) {
      Pattern index = Pattern.compile("\"index\"\\s*:\\s*(\\d+)");
      while (rows.next()) {
        String token = rows.getString(1);
        Matcher matcher = token == null ? null : index.matcher(token);
        if (matcher == null || !matcher.find()) {
          return -1;
        }
        long highest = -1;
        do {
          highest = Math.max(highest, Long.parseLong(matcher.group(1)));
        } while (matcher.find());
        lowest = Math.min(lowest, highest);
      }
    }
    return lowest == Long.MAX_VALUE ? -1 : lowest;
  }

  static int peakAfterGc(Path gcLog) throws IOException {
    int peak = 0;
    for (String line : Files.readAllLines(gcLog)) {
      if (line.contains("Pause")) {
        Matcher matcher = AFTER_GC.matcher(line);
        if (matcher.find()) {
          peak = Math.max(peak, Integer.parseInt(matcher.group(2)));
        }
      }
    }
    return peak;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static Path jar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(f -> f.getFileName().toString().matches("command-service-.*-exec\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No command-service exec jar in target"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
