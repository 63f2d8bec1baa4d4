package org.disputeregistry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.disputeregistry.testsupport.TestDatabase;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One case from HTTP to a statistic through every layer: command-service, its PostgreSQL event
 * store, the relay, Kafka, query-service's projection and read model, its statistics API. Both
 * services run as processes of the launcher, on the test infrastructure's servers, and the
 * workbench beside them.
 */
class ReconsiderationSliceIT {

  static RunningSystem system;

  @BeforeAll
  static void start() {
    TestInfrastructure servers = TestInfrastructure.get();
    TestDatabase commands = servers.newDatabase("slice_commands");
    TestDatabase queries = servers.newDatabase("slice_queries");
    system =
        RunningSystem.start(
                Path.of("target", "slice-it", "data"),
                Map.of(
                    "REGISTRY_COMMAND_DB_URL", commands.jdbcUrl(),
                    "REGISTRY_QUERY_DB_URL", queries.jdbcUrl(),
                    "REGISTRY_COMMAND_DB_USER", commands.user(),
                    "REGISTRY_COMMAND_DB_PASSWORD", commands.password(),
                    "REGISTRY_QUERY_DB_USER", queries.user(),
                    "REGISTRY_QUERY_DB_PASSWORD", queries.password(),
                    "REGISTRY_KAFKA_BOOTSTRAP_SERVERS", servers.kafkaBootstrapServers()),
                "--fresh")
            .awaitReady();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    system.close();
  }

  static String application(UUID caseId, String caseNumber, String receivedOn) {
    return """
        {"caseId":"%s","caseNumber":"%s","receivedOn":"%s","channel":"ON_SITE",
         "street":"FENGHUANG","community":"TANGJIA","category":"HOUSING_AND_CONSTRUCTION",
         "respondentAgency":"光明区住房和建设局"}"""
        .formatted(caseId, caseNumber, receivedOn);
  }

  static long received(int year) {
    String body = system.getQuery("/api/statistics/reconsiderations?year=" + year).body();
    return JsonPath.<Integer>read(body, "$.figures.received");
  }

  @Test
  void anApplicationPostedToTheCommandSideIsCountedByTheQuerySide() {
    UUID caseId = UUID.randomUUID();
    String body = application(caseId, "光明复〔2021〕9号", "2021-11-05");

    assertThat(system.postCommand("/api/reconsiderations", body).statusCode()).isEqualTo(201);
    // A client retry: answered, not counted twice.
    assertThat(system.postCommand("/api/reconsiderations", body).statusCode()).isEqualTo(200);
    system.postCommand(
        "/api/reconsiderations", application(UUID.randomUUID(), "光明复〔2022〕1号", "2022-01-04"));

    await().atMost(Duration.ofSeconds(60)).until(() -> received(2022) == 1);
    assertThat(received(2021)).isEqualTo(1);
  }

  @Test
  void theWorkbenchIsUpAndSendsWhoIsNotSignedInToTheIssuersSignIn() {
    assertThat(system.output())
        .contains("workbench")
        .contains("http://localhost:" + system.workbenchPort);
    HttpResponse<String> health = system.getWorkbench("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"UP\"");

    HttpResponse<String> page = system.getWorkbench("/");
    assertThat(page.statusCode()).isEqualTo(302);
    String login = page.headers().firstValue("Location").orElseThrow();
    assertThat(login).endsWith("/oauth2/authorization/registry");
    HttpResponse<String> toIssuer = system.getWorkbench(login);
    assertThat(toIssuer.statusCode()).isEqualTo(302);
    assertThat(toIssuer.headers().firstValue("Location").orElseThrow())
        .startsWith("http://localhost:" + system.authPort + "/oauth2/authorize?")
        .contains("client_id=workbench")
        .contains("code_challenge=");
  }
}
