package org.disputeregistry.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disputeregistry.demo.DemoYear;
import org.disputeregistry.demo.Scale;
import org.disputeregistry.testsupport.ServiceJars;
import org.disputeregistry.testsupport.ServiceProcess;
import org.disputeregistry.testsupport.TestDatabase;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.disputeregistry.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The demo year back-filled into the packaged command-service with the production heap (512 MiB),
 * its relay publishing to Kafka meanwhile: no OutOfMemoryError, and the heap after every garbage
 * collection (the live data, read from the GC log) stays within budget. {@code verify} loads the
 * test year; {@code -Dheap.demo.scale=full} the full year (563,086 events, a few minutes).
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

    try (ServiceProcess service = start(database, log, gcLog)) {
      service.awaitHealthy(Duration.ofMinutes(3));
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/backfills"))
                  .header("Content-Type", "application/x-ndjson")
                  .header("Authorization", "Bearer " + Tokens.forAccount("demo-loader"))
                  .timeout(Duration.ofMinutes(30))
                  .POST(HttpRequest.BodyPublishers.ofFile(demo))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      JsonNode report = JSON.readTree(answer.body());
      assertThat(report.path("rejected").asLong()).as(answer.body()).isZero();
      long events = report.path("eventsAppended").asLong();
      awaitRelayed(database, events, service);
    }

    assertThat(Files.readString(log)).as("see " + log).doesNotContain("OutOfMemoryError");
    int peakAfterGc = peakAfterGc(gcLog);
    System.out.printf(
        "Heap after GC, peak: %d MiB of 512 (budget %d), demo scale %s; GC log %s%n",
        peakAfterGc, BUDGET_MIB, SCALE, gcLog);
    assertThat(peakAfterGc).as("heap after GC, MiB; see " + gcLog).isLessThanOrEqualTo(BUDGET_MIB);
  }

  static ServiceProcess start(TestDatabase database, Path log, Path gcLog) {
    return ServiceProcess.of(ServiceJars.inDirectory(Path.of("target"), "command-service"))
        .heap("512m")
        .jvmOptions(List.of("-Xlog:gc:file=" + gcLog.toAbsolutePath()))
        .environment("REGISTRY_COMMAND_DB_URL", database.jdbcUrl())
        .environment("REGISTRY_COMMAND_DB_USER", database.user())
        .environment("REGISTRY_COMMAND_DB_PASSWORD", database.password())
        .environment(
            "REGISTRY_KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.get().kafkaBootstrapServers())
        .arguments("--registry.kafka.topic=heap-" + UUID.randomUUID())
        .log(log)
        .start();
  }

  /** Until the relay has published every appended event (its token at the last global index). */
  static void awaitRelayed(TestDatabase database, long events, ServiceProcess service)
      throws Exception {
    try (var connection =
        java.sql.DriverManager.getConnection(
            database.jdbcUrl(), database.user(), database.password())) {
      await("the relay publishing every event; see " + service.log())
          .atMost(Duration.ofMinutes(20))
          .pollInterval(Duration.ofSeconds(1))
          .failFast("the service died; see " + service.log(), () -> !service.isAlive())
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
}
