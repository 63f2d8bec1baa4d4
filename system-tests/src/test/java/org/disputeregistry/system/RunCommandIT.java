package org.disputeregistry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.Reader;
import java.net.Socket;
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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disputeregistry.infra.PostgresLogin;
import org.disputeregistry.infra.PostgresPasswords;
import org.junit.jupiter.api.Test;

/**
 * The README's first command as a user meets it: embedded PostgreSQL, Kafka and authorization
 * server started by the launcher itself, addresses printed (never passwords), nothing recorded
 * without a token and a case recorded by the subject of the token that {@code ./run.sh token} got,
 * Ctrl-C stops everything, data kept for the next run, even one made before each service had a
 * database role of its own.
 */
class RunCommandIT {

  private static final Path DATA = Path.of("target", "run-command-it", "data");

  @Test
  void startsPrintsAddressesStopsCleanlyOnCtrlCAndKeepsItsData() throws Exception {
    int postgresPort;
    int kafkaPort;
    try (RunningSystem first =
        RunningSystem.start(DATA, Map.of(), "--fresh", "--demo=none").awaitReady()) {
      String banner = first.output();
      assertThat(banner)
          .contains("http://localhost:" + first.commandPort)
          .contains("http://localhost:" + first.queryPort)
          .contains("registry_commands")
          .contains("registry_queries")
          .contains("Issuer (OIDC)    http://localhost:" + first.authPort)
          .contains("officer.li");
      postgresPort = port(banner, "jdbc:postgresql://[\\w.]+:(\\d+)/registry_commands");
      kafkaPort = port(banner, "--bootstrap-server [\\w.]+:(\\d+)");

      UUID caseId = UUID.randomUUID();
      String caseJson =
          """
          {"caseId":"%s","caseNumber":"光明复〔2020〕5号","receivedOn":"2020-06-01",
           "channel":"MAIL","street":"YUTANG","community":"CHANGZHEN","category":"HEALTH",
           "respondentAgency":"光明区卫生健康局"}"""
              .formatted(caseId);
      // As the README's curl: without a token nothing but health answers; with the token that
      // ./run.sh token officer.li gets from the embedded server, the case is recorded, by her.
      HttpResponse<String> anonymous = first.postCommand("/api/reconsiderations", caseJson, null);
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(JsonPath.<String>read(anonymous.body(), "$.code")).isEqualTo("UNAUTHENTICATED");
      assertThat(status(first.queryPort, "/api/statistics/reconsiderations?year=2020"))
          .isEqualTo(401);
      assertThat(status(first.commandPort, "/actuator/health")).isEqualTo(200);
      String officer = first.token("officer.li");
      assertThat(
              first
                  .postCommand("/api/reconsiderations", caseJson, "Bearer " + officer)
                  .statusCode())
          .isEqualTo(201);
      String stored = storedMetadata(first.output(), caseId);
      assertThat(JsonPath.<String>read(stored, "$.actor")).isEqualTo("officer.li");
      assertThat(JsonPath.<String>read(stored, "$.actorOrganisation"))
          .isEqualTo("RECONSIDERATION_OFFICE");
      await().atMost(Duration.ofSeconds(60)).until(() -> received(first, 2020) == 1);

      List<ProcessHandle> children = first.descendants();
      assertThat(children).hasSizeGreaterThanOrEqualTo(2);
      first.interrupt();
      first.awaitExit(Duration.ofSeconds(90));
      assertThat(children).noneMatch(ProcessHandle::isAlive);
      assertThat(listening(postgresPort)).as("PostgreSQL still listening").isFalse();
      assertThat(listening(kafkaPort)).as("Kafka still listening").isFalse();
      assertThat(listening(first.commandPort)).isFalse();
      assertThat(listening(first.authPort))
          .as("the authorization server still listening")
          .isFalse();
      assertPasswordsNeverShown(first.output());
    }

    // The next launcher also upgrades a data directory from before the services' roles.
    DataBeforeDatabaseRoles.restore(DATA);
    try (RunningSystem second = RunningSystem.start(DATA, Map.of(), "--demo=none").awaitReady()) {
      assertThat(received(second, 2020)).as("the case survives a restart").isEqualTo(1);
      assertThat(second.output())
          .contains("-U registry_command registry_commands")
          .contains("-U registry_query registry_queries")
          .contains("SASL/SCRAM-SHA-512 with ACLs");
      assertPasswordsNeverShown(second.output());
    }
  }

  /**
   * Neither the banner nor any log holds a password the launcher generated, for PostgreSQL or for
   * Kafka.
   */
  private static void assertPasswordsNeverShown(String banner) throws IOException {
    Properties passwords = new Properties();
    try (Reader reader = Files.newBufferedReader(PostgresPasswords.file(DATA))) {
      passwords.load(reader);
    }
    assertThat(passwords.stringPropertyNames())
        .contains("postgres.password", "registry_command.password", "registry_query.password");
    String logs = DataBeforeDatabaseRoles.logs(DATA);
    for (String name : passwords.stringPropertyNames()) {
      String password = passwords.getProperty(name);
      assertThat(banner).as("the banner shows " + name).doesNotContain(password);
      assertThat(logs).as("a log holds " + name).doesNotContain(password);
    }
    assertThat(LaunchersKafka.passwords(DATA)).hasSize(4);
    for (String password : LaunchersKafka.passwords(DATA)) {
      assertThat(banner).as("the banner shows a Kafka password").doesNotContain(password);
    }
    assertThat(LaunchersKafka.logsWithAPassword(DATA))
        .as("Kafka's passwords are in no log")
        .isEmpty();
  }

  /** The event store's metadata of the case's first event, read as command-service's role. */
  private static String storedMetadata(String banner, UUID caseId) throws Exception {
    String url =
        "jdbc:postgresql://localhost:"
            + port(banner, "jdbc:postgresql://[\\w.]+:(\\d+)/registry_commands")
            + "/registry_commands";
    PostgresLogin login = PostgresPasswords.of(DATA).login("registry_command");
    try (Connection c = DriverManager.getConnection(url, login.user(), login.password());
        PreparedStatement s =
            c.prepareStatement(
                "SELECT convert_from(metadata, 'UTF8') FROM domainevententry"
                    + " WHERE aggregateidentifier = ? AND sequencenumber = 0")) {
      s.setString(1, caseId.toString());
      try (ResultSet rows = s.executeQuery()) {
        assertThat(rows.next()).as("the case's first event is stored").isTrue();
        return rows.getString(1);
      }
    }
  }

  /** The status of a GET without any token. */
  private static int status(int port, String pathAndQuery) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static long received(RunningSystem system, int year) {
    String body = system.getQuery("/api/statistics/reconsiderations?year=" + year).body();
    return JsonPath.<Integer>read(body, "$.figures.received");
  }

  private static int port(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("banner shows " + regex + ":\n" + text).isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket("localhost", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
