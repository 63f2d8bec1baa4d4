package org.disputeregistry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.disputeregistry.infra.PostgresLogin;
import org.disputeregistry.infra.PostgresPasswords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --instances=2 --kafka-brokers=3}: two command-services on one event store, two
 * query-services in one consumer group, a three-node KRaft cluster with the topic on three replicas
 * and min.insync.replicas=2.
 */
class ClusterAndInstancesIT {

  private static final Path DATA = Path.of("target", "cluster-and-instances-it", "data");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final AtomicInteger CASE_NUMBERS = new AtomicInteger();
  private static final String TOPIC = "registry.case-events";

  private static RunningSystem system;
  private static int secondCommandPort;

  @BeforeAll
  static void start() {
    system =
        RunningSystem.start(
                DATA, Map.of(), "--fresh", "--demo=none", "--instances=2", "--kafka-brokers=3")
            .awaitReady();
    secondCommandPort = port(system.output(), "command-service-2\\s+http://localhost:(\\d+)");
    assertThat(system.output()).contains("query-service-2");
  }

  @AfterAll
  static void stop() throws InterruptedException {
    system.close();
  }

  @Test
  void ofTwoConcurrentWritersOfOneCaseThroughTwoInstancesOneWinsAndTheOtherGets409()
      throws Exception {
    int pairs = 20;
    int concurrentModifications = 0;
    for (int i = 0; i < pairs; i++) {
      String caseId = UUID.randomUUID().toString();
      assertThat(
              post(system.commandPort, "/api/reconsiderations", openCase(caseId, 2021))
                  .statusCode())
          .isEqualTo(201);
      CyclicBarrier together = new CyclicBarrier(2);
      List<CompletableFuture<HttpResponse<String>>> writers = new ArrayList<>();
      for (int port : List.of(system.commandPort, secondCommandPort)) {
        writers.add(
            CompletableFuture.supplyAsync(
                () -> {
                  meet(together);
                  return post(port, "/api/reconsiderations/" + caseId + "/acceptance", accept());
                }));
      }
      List<HttpResponse<String>> answers = writers.stream().map(CompletableFuture::join).toList();

      List<HttpResponse<String>> won =
          answers.stream().filter(r -> r.statusCode() / 100 == 2).toList();
      List<HttpResponse<String>> lost =
          answers.stream().filter(r -> r.statusCode() == 409).toList();
      assertThat(won).as("one writer wins: %s", bodies(answers)).hasSize(1);
      assertThat(lost).as("the other gets 409: %s", bodies(answers)).hasSize(1);
      String code = JsonPath.read(lost.get(0).body(), "$.code");
      // Truly at once, the event store's unique (case, sequence) refuses the second append;
      // a moment later the second writer already sees the accepted case.
      assertThat(code).isIn("CONCURRENT_MODIFICATION", "ILLEGAL_TRANSITION");
      if (code.equals("CONCURRENT_MODIFICATION")) {
        concurrentModifications++;
      }
      assertThat(eventsOf(caseId)).as("the case and exactly one acceptance").isEqualTo(2);
    }
    System.out.printf(
        "%d of %d concurrent pairs ended in CONCURRENT_MODIFICATION%n",
        concurrentModifications, pairs);
    assertThat(concurrentModifications).as("some pairs really overlapped").isPositive();
  }

  @Test
  void killingOneBrokerWhileEventsArePublishedLosesNothingAcknowledged() throws Exception {
    int year = 2020;
    AtomicInteger acknowledged = new AtomicInteger();
    AtomicBoolean writing = new AtomicBoolean(true);
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              while (writing.get()) {
                HttpResponse<String> r =
                    post(
                        system.commandPort,
                        "/api/reconsiderations",
                        openCase(UUID.randomUUID().toString(), year));
                if (r.statusCode() == 201) {
                  acknowledged.incrementAndGet();
                }
              }
            });
    await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.get() >= 50);
    Instant killed = Instant.now();
    long pid = Long.parseLong(Files.readString(DATA.resolve("run/pids/kafka-2.pid")).trim());
    new ProcessBuilder("kill", "-9", String.valueOf(pid)).start().waitFor();
    int beforeKill = acknowledged.get();
    await("writes acknowledged after the kill")
        .atMost(Duration.ofMinutes(1))
        .until(() -> acknowledged.get() >= beforeKill + 100);
    await("kafka-2 restarted")
        .atMost(Duration.ofMinutes(2))
        .until(() -> system.output().contains("kafka-2 is back"));
    writing.set(false);
    writer.join();

    int total = acknowledged.get();
    for (int queryPort : List.of(system.queryPort, secondQueryPort())) {
      await("every acknowledged case counted once on " + queryPort)
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .until(() -> received(queryPort, year) == total);
    }
    System.out.printf(
        "killed kafka-2 while publishing: %d cases acknowledged, all counted; pipeline caught up"
            + " %.1f s after the kill%n",
        total, Duration.between(killed, Instant.now()).toMillis() / 1000.0);
    assertThat(system.output()).contains("kafka-2 died");
  }

  @Test
  void theTopicHasThreeReplicasTwoOfThemInSyncForAnAcknowledgementAndKeepsItsEvents()
      throws Exception {
    String bootstrap = system.output().replaceAll("(?s).*--bootstrap-server (\\S+).*", "$1");
    Map<String, Object> reader = new HashMap<>(LaunchersKafka.readerSettings(DATA));
    reader.put("bootstrap.servers", bootstrap);
    try (Admin admin = Admin.create(reader)) {
      TopicDescription topic =
          admin.describeTopics(List.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS).get(TOPIC);
      assertThat(topic.partitions()).allMatch(p -> p.replicas().size() == 3);
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
      Config config =
          admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
      assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");
      assertThat(config.get("retention.ms").value()).isEqualTo("-1");
      assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(3);
    }
  }

  private static int secondQueryPort() {
    return port(system.output(), "query-service-2\\s+http://localhost:(\\d+)");
  }

  private static int received(int queryPort, int year) {
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + queryPort
                            + "/api/statistics/reconsiderations?year="
                            + year))
                .header("Authorization", "Bearer " + system.token(RunningSystem.ANALYST))
                .GET()
                .build());
    return JsonPath.<Integer>read(r.body(), "$.figures.received");
  }

  private static long eventsOf(String caseId) throws Exception {
    String url =
        "jdbc:postgresql://localhost:"
            + port(system.output(), "jdbc:postgresql://[\\w.]+:(\\d+)/registry_commands")
            + "/registry_commands";
    // As the command-service's own role: the superuser has a generated password and is the
    // launcher's only.
    PostgresLogin login = PostgresPasswords.of(DATA).login("registry_command");
    try (Connection c = DriverManager.getConnection(url, login.user(), login.password());
        PreparedStatement s =
            c.prepareStatement(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")) {
      s.setString(1, caseId);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static String openCase(String caseId, int year) {
    return """
        {"caseId":"%s","caseNumber":"光明复〔%d〕%d号","receivedOn":"%d-06-01",
         "channel":"MAIL","street":"YUTANG","community":"CHANGZHEN","category":"HEALTH",
         "respondentAgency":"光明区卫生健康局"}"""
        .formatted(caseId, year, CASE_NUMBERS.incrementAndGet(), year);
  }

  private static String accept() {
    return """
        {"stepId":"%s","acceptedOn":"%d-06-02","procedure":"ORDINARY"}"""
        .formatted(UUID.randomUUID(), 2021);
  }

  private static HttpResponse<String> post(int port, String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + system.token(RunningSystem.OFFICER))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void meet(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> bodies(List<HttpResponse<String>> answers) {
    return answers.stream().map(r -> r.statusCode() + " " + r.body()).toList();
  }

  private static int port(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("banner shows " + regex + ":\n" + text).isTrue();
    return Integer.parseInt(matcher.group(1));
  }
}
