package org.disputeregistry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.disputeregistry.system.StepLoad.Ack;
import org.disputeregistry.testsupport.Ports;
import org.disputeregistry.testsupport.ServiceJars;
import org.disputeregistry.testsupport.ServiceProcess;
import org.disputeregistry.testsupport.ServiceProcessBuilder;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL killed with SIGKILL in the middle of a load of case steps, and started again on the
 * same data directory: every acknowledged step is in the event store exactly once, every stored
 * event is on the topic and nothing else is, and the read model counts each exactly once, with no
 * event parked as out of order. Both services recover by themselves: nothing restarts them.
 */
class PostgresKillIT {

  private static final Path ROOT = Path.of("target", "postgres-kill-it");
  private static final int WORKERS = 4;
  private static final Duration HEALTH_BOUND = Duration.ofMinutes(3);

  /**
   * A service jar as the build made it, logging appended (the log outlives a run), called with a
   * token of the account that may write (command side) or read the statistics (query side).
   */
  private static ServiceProcessBuilder service(
      String jarProperty, String name, String heap, Map<String, String> environment) {
    return ServiceProcess.of(ServiceJars.fromProperty(jarProperty))
        .name(name)
        .heap(heap)
        .quickStart()
        .environment(environment)
        .log(ROOT.resolve(name + ".log"))
        .appendLog()
        .account(name.startsWith("command") ? "officer.li" : "analyst.liu");
  }

  @Test
  void killingPostgresMidLoadLosesNothingAcknowledgedAndCountsEachStepOnce() throws Exception {
    TestInfrastructure kafka = TestInfrastructure.get();
    String topic = kafka.uniqueName("pg-kill");
    try (KillablePostgres postgres =
        KillablePostgres.start(ROOT.resolve("postgres"), Ports.free())) {
      System.out.printf(
          "PostgreSQL: synchronous_commit=%s fsync=%s%n",
          postgres.setting("synchronous_commit"), postgres.setting("fsync"));
      postgres.createDatabase("registry_commands");
      postgres.createDatabase("registry_queries");
      Map<String, String> environment =
          Map.of(
              "REGISTRY_COMMAND_DB_URL", postgres.jdbcUrl("registry_commands"),
              "REGISTRY_QUERY_DB_URL", postgres.jdbcUrl("registry_queries"),
              "REGISTRY_DB_USER", KillablePostgres.USER,
              "REGISTRY_DB_PASSWORD", KillablePostgres.PASSWORD,
              "REGISTRY_KAFKA_BOOTSTRAP_SERVERS", kafka.kafkaBootstrapServers());
      try (ServiceProcess command =
              service("command.jar", "command-service", "384m", environment)
                  .arguments("--registry.kafka.topic=" + topic)
                  .start()
                  .awaitHealthy(HEALTH_BOUND);
          ServiceProcess query =
              service("query.jar", "query-service", "256m", environment)
                  .arguments(
                      "--registry.kafka.topic=" + topic,
                      "--spring.kafka.consumer.group-id=" + topic)
                  .start()
                  .awaitHealthy(HEALTH_BOUND)) {

        StepLoad load = StepLoad.start(command, WORKERS);
        await().atMost(Duration.ofMinutes(2)).until(() -> load.acks().size() >= 400);
        Instant killed = postgres.kill();
        Instant restarting = Instant.now();
        postgres.restart();
        Instant restarted = Instant.now();

        await("a command acknowledged after the kill")
            .atMost(Duration.ofMinutes(2))
            .until(() -> load.firstSentAfter(killed).isPresent());
        Ack first = load.firstSentAfter(killed).orElseThrow();
        Instant projectedAgain = null;
        try {
          await("the first step acknowledged after the kill in the read model")
              .atMost(Duration.ofMinutes(2))
              .pollInterval(Duration.ofMillis(100))
              .ignoreExceptions()
              .until(() -> projectedVersion(postgres, first.caseId()) >= first.version());
          projectedAgain = Instant.now();
        } catch (ConditionTimeoutException e) {
          // Measured as -1; the assertions below say what is missing.
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> load.acknowledgedAfter(killed) >= 400);
        load.stop();

        List<StoredEvent> stored = StoredEvent.readAll(postgres.jdbcUrl("registry_commands"));
        Set<UUID> storedIds = stored.stream().map(StoredEvent::eventId).collect(Collectors.toSet());
        Map<UUID, Long> lastSequences = lastSequences(stored);
        try {
          await("the read model at the event store's end")
              .atMost(Duration.ofMinutes(2))
              .until(() -> projectedVersions(postgres).equals(lastSequences));
        } catch (ConditionTimeoutException e) {
          // The assertions below say what differs.
        }
        List<Ack> notStoredOnce = notStoredOnce(load, stored);
        Set<UUID> published =
            Set.copyOf(TopicEvents.eventIds(kafka.kafkaBootstrapServers(), topic));
        Map<UUID, Long> projected = projectedVersions(postgres);

        System.out.printf(
            "PostgreSQL kill: %d acknowledged (%d after the kill), %d events stored, %d requests"
                + " retried; kill -> restarted %d ms (backends killed in %d ms); kill -> first"
                + " acknowledged command %d ms; kill -> that step in the read model %d ms;"
                + " acknowledged but not stored once: %d; stored, not published: %d; published,"
                + " not stored: %d; cases whose read model differs from the store: %d%n",
            load.acks().size(),
            load.acknowledgedAfter(killed),
            stored.size(),
            load.unanswered(),
            Duration.between(killed, restarted).toMillis(),
            Duration.between(killed, restarting).toMillis(),
            Duration.between(killed, first.answeredAt()).toMillis(),
            projectedAgain == null ? -1 : Duration.between(killed, projectedAgain).toMillis(),
            notStoredOnce.size(),
            storedIds.stream().filter(id -> !published.contains(id)).count(),
            published.stream().filter(id -> !storedIds.contains(id)).count(),
            lastSequences.entrySet().stream()
                .filter(c -> !c.getValue().equals(projected.get(c.getKey())))
                .count());

        assertThat(load.refusals()).as("refused requests").isEmpty();
        assertThat(load.faults()).as("answers other than 2xx, 4xx or 503").isEmpty();
        assertThat(notStoredOnce).as("acknowledged steps not stored exactly once").isEmpty();
        assertThat(
                stored.stream()
                    .filter(e -> !load.attempted().contains(e.stepOrCaseId()))
                    .map(StoredEvent::eventId)
                    .toList())
            .as("stored events that no client sent")
            .isEmpty();
        assertThat(published).as("distinct events on the topic").isEqualTo(storedIds);
        assertThat(projected)
            .as("each case's last sequence in the read model")
            .isEqualTo(lastSequences);
        assertCountedOnce(postgres, query, stored);
      }
    }
  }

  private static List<Ack> notStoredOnce(StepLoad load, List<StoredEvent> stored) {
    Map<UUID, Long> storedTimes =
        stored.stream()
            .collect(Collectors.groupingBy(StoredEvent::stepOrCaseId, Collectors.counting()));
    return load.acks().stream()
        .filter(
            ack ->
                storedTimes.getOrDefault(ack.stepId() == null ? ack.caseId() : ack.stepId(), 0L)
                    != 1)
        .toList();
  }

  private static void assertCountedOnce(
      KillablePostgres postgres, ServiceProcess query, List<StoredEvent> stored) throws Exception {
    try (Connection connection = queries(postgres);
        Statement statement = connection.createStatement()) {
      assertThat(count(statement, "SELECT count(*) FROM dead_letter")).as("dead letters").isZero();
      assertThat(count(statement, "SELECT count(*) FROM reconsideration_case"))
          .isEqualTo(lastSequences(stored).size());
    }
    long cases = stored.stream().filter(e -> e.sequence() == 0).count();
    long accepted = stored.stream().filter(e -> e.sequence() == 1).count();
    String figures = query.get("/api/statistics/reconsiderations?year=2024").body();
    assertThat(JsonPath.<Number>read(figures, "$.figures.received").longValue())
        .as("received in the statistics")
        .isEqualTo(cases);
    assertThat(JsonPath.<Number>read(figures, "$.figures.accepted").longValue())
        .as("accepted in the statistics")
        .isEqualTo(accepted);
  }

  private static Map<UUID, Long> lastSequences(List<StoredEvent> stored) {
    return stored.stream()
        .collect(Collectors.toMap(StoredEvent::caseId, StoredEvent::sequence, Math::max));
  }

  private static Map<UUID, Long> projectedVersions(KillablePostgres postgres) throws SQLException {
    Map<UUID, Long> versions = new HashMap<>();
    try (Connection connection = queries(postgres);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT case_id, last_sequence FROM case_progress")) {
      while (rows.next()) {
        versions.put(rows.getObject(1, UUID.class), rows.getLong(2));
      }
    }
    return versions;
  }

  private static long projectedVersion(KillablePostgres postgres, UUID caseId) throws SQLException {
    return projectedVersions(postgres).getOrDefault(caseId, -1L);
  }

  private static Connection queries(KillablePostgres postgres) throws SQLException {
    return DriverManager.getConnection(
        postgres.jdbcUrl("registry_queries"), KillablePostgres.USER, KillablePostgres.PASSWORD);
  }

  private static long count(Statement statement, String sql) throws SQLException {
    try (ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
