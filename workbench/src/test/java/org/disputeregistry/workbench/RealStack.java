package org.disputeregistry.workbench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;
import org.disputeregistry.testsupport.NextYearCalendar;
import org.disputeregistry.testsupport.Ports;
import org.disputeregistry.testsupport.ServiceJars;
import org.disputeregistry.testsupport.ServiceProcess;
import org.disputeregistry.testsupport.TestDatabase;
import org.disputeregistry.testsupport.TestInfrastructure;

/**
 * What the workbench needs, as it ships: the authorization server's jar (the real sign-in form, the
 * workbench client and its generated secret), command-service's jar on the test PostgreSQL and
 * Kafka, trusting that server, query-service's jar reading the command side's topic, and the
 * workbench's own jar with the secret the server generated. {@link #token} gets a demo account's
 * (or a self-acting client's) access token from that server as {@code ./run.sh token} does.
 */
final class RealStack implements AutoCloseable {

  private static final Duration START = Duration.ofMinutes(4);
  private static final Path ROOT = Path.of("target", "browser-it");

  private final ServiceProcess auth;
  private final ServiceProcess command;
  private final ServiceProcess query;
  private final ServiceProcess workbench;
  private final Path authData;
  private final String topic;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  private RealStack(
      ServiceProcess auth,
      ServiceProcess command,
      ServiceProcess query,
      ServiceProcess workbench,
      Path authData,
      String topic) {
    this.auth = auth;
    this.command = command;
    this.query = query;
    this.workbench = workbench;
    this.authData = authData;
    this.topic = topic;
  }

  static RealStack start() throws IOException {
    Files.createDirectories(ROOT);
    Path authData = Files.createTempDirectory(ROOT, "auth-");
    int authPort = Ports.free();
    int workbenchPort = Ports.free();
    String issuer = "http://localhost:" + authPort;
    String workbenchUrl = "http://localhost:" + workbenchPort;
    ServiceProcess auth =
        ServiceProcess.of(ServiceJars.fromProperty("auth.jar"))
            .name("authorization-server")
            .heap("128m")
            .quickStart()
            .port(authPort)
            .environment("REGISTRY_AUTH_PORT", String.valueOf(authPort))
            .environment("REGISTRY_AUTH_ISSUER", issuer)
            .environment("REGISTRY_AUTH_DATA_DIR", authData.toAbsolutePath().toString())
            .environment("REGISTRY_AUTH_WORKBENCH_URL", workbenchUrl)
            // Shorter than the 60 s within which the workbench counts a token as expired: every
            // call to a service first renews the user's token with the refresh token.
            .environment("REGISTRY_AUTH_TOKEN_TTL", "PT30S")
            .log(ROOT.resolve("authorization-server.log"))
            .start();
    TestInfrastructure servers = TestInfrastructure.get();
    TestDatabase commands = servers.newDatabase("workbench_commands");
    TestDatabase queries = servers.newDatabase("workbench_queries");
    String topic = "workbench-" + UUID.randomUUID();
    ServiceProcess command =
        ServiceProcess.of(ServiceJars.fromProperty("command.jar"))
            .name("command-service")
            .quickStart()
            .environment("REGISTRY_COMMAND_DB_URL", commands.jdbcUrl())
            .environment("REGISTRY_COMMAND_DB_USER", commands.user())
            .environment("REGISTRY_COMMAND_DB_PASSWORD", commands.password())
            .environment("REGISTRY_STATUTORY_CALENDAR_DIR", NextYearCalendar.directory().toString())
            .environment("REGISTRY_KAFKA_BOOTSTRAP_SERVERS", servers.kafkaBootstrapServers())
            .environment("REGISTRY_OIDC_ISSUER_URI", issuer)
            .arguments("--registry.kafka.topic=" + topic)
            .log(ROOT.resolve("command-service.log"))
            .start();
    // The case list and the statistics: the command side's events through the same topic.
    ServiceProcess query =
        ServiceProcess.of(ServiceJars.fromProperty("query.jar"))
            .name("query-service")
            .heap("256m")
            .quickStart()
            .environment("REGISTRY_QUERY_DB_URL", queries.jdbcUrl())
            .environment("REGISTRY_QUERY_DB_USER", queries.user())
            .environment("REGISTRY_QUERY_DB_PASSWORD", queries.password())
            .environment("REGISTRY_KAFKA_BOOTSTRAP_SERVERS", servers.kafkaBootstrapServers())
            .environment("REGISTRY_OIDC_ISSUER_URI", issuer)
            .arguments(
                "--registry.kafka.topic=" + topic, "--spring.kafka.consumer.group-id=" + topic)
            .log(ROOT.resolve("query-service.log"))
            .start();
    ServiceProcess workbench = null;
    try {
      // The server generates the workbench's secret on its first start.
      auth.awaitHealthy(START);
      workbench =
          ServiceProcess.of(ServiceJars.fromProperty("workbench.jar"))
              .name("workbench")
              .quickStart()
              .port(workbenchPort)
              .environment("REGISTRY_OIDC_ISSUER_URI", issuer)
              .environment("REGISTRY_WORKBENCH_CLIENT_SECRET", workbenchSecret(authData))
              .environment("REGISTRY_COMMAND_URL", command.baseUrl())
              .environment("REGISTRY_QUERY_URL", query.baseUrl())
              // says when it renews a token
              .environment("LOGGING_LEVEL_ORG_DISPUTEREGISTRY_WORKBENCH_API", "DEBUG")
              .log(ROOT.resolve("workbench.log"))
              .start();
      workbench.awaitHealthy(START);
      awaitHealthyWithoutToken(command);
      awaitHealthyWithoutToken(query);
      return new RealStack(auth, command, query, workbench, authData, topic);
    } catch (RuntimeException e) {
      new RealStack(auth, command, query, workbench, authData, topic).close();
      throw e;
    }
  }

  /**
   * {@link ServiceProcess#awaitHealthy} sends the test issuer's token, which this command-service
   * (trusting the real server) refuses even on its open health endpoint: asked without one.
   */
  private static void awaitHealthyWithoutToken(ServiceProcess service) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create(service.baseUrl() + "/actuator/health")).build();
    Awaitility.await()
        .atMost(START)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              if (!service.isAlive()) {
                throw new IllegalStateException(service.name() + " exited; see " + service.log());
              }
              try {
                return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode()
                    == 200;
              } catch (IOException notListeningYet) {
                return false;
              }
            });
  }

  private static String workbenchSecret(Path authData) {
    return clientSecret(authData, "workbench");
  }

  private static String clientSecret(Path authData, String client) {
    Properties secrets = new Properties();
    try (Reader in = Files.newBufferedReader(authData.resolve("client-secrets.properties"))) {
      secrets.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return secrets.getProperty(client);
  }

  String commandUrl() {
    return command.baseUrl();
  }

  String queryUrl() {
    return query.baseUrl();
  }

  String workbenchUrl() {
    return workbench.baseUrl();
  }

  /** What the workbench wrote so far. */
  String workbenchLog() {
    try {
      return Files.readString(workbench.log());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String authUrl() {
    return auth.baseUrl();
  }

  /** The topic the command side publishes to and the query side reads, on the test Kafka. */
  String topic() {
    return topic;
  }

  /**
   * An access token of a demo account (or of the report-generator client) from the stack's
   * authorization server, got by its own {@code token} command as {@code ./run.sh token} gets it;
   * kept for the test class (the server's tokens here last 30 s: {@link #freshToken}).
   */
  String token(String account) {
    return tokens.computeIfAbsent(account, this::freshToken);
  }

  /** A new token, for calls after the last one has expired. */
  String freshToken(String account) {
    try {
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx64m",
                  "-jar",
                  ServiceJars.fromProperty("auth.jar").toString(),
                  "token",
                  account,
                  "--auth-dir=" + authData.toAbsolutePath(),
                  "--issuer=" + auth.baseUrl())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String token = new String(process.getInputStream().readAllBytes()).strip();
      if (process.waitFor() != 0 || token.isEmpty()) {
        throw new IllegalStateException("No token for " + account);
      }
      return token;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (workbench != null) {
      workbench.close();
    }
    if (query != null) {
      query.close();
    }
    command.close();
    auth.close();
  }
}
