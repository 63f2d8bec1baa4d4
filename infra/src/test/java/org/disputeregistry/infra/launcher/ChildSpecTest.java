package org.disputeregistry.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputeregistry.infra.KafkaCredentials;
import org.disputeregistry.infra.PostgresLogin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildSpecTest {

  private static final Endpoints ENDPOINTS =
      new Endpoints(
          "jdbc:postgresql://localhost:5555/registry_commands",
          "jdbc:postgresql://localhost:5555/registry_queries",
          Optional.of(new PostgresLogin("registry_command", "command-secret")),
          Optional.of(new PostgresLogin("registry_query", "query-secret")),
          Optional.of(Path.of("/data/postgres-roles.properties")),
          "localhost:9999");

  private final LaunchOptions options =
      LaunchOptions.parse(
          List.of("--command-jar=/jars/command.jar", "--query-jar=/jars/query.jar"),
          Map.of(),
          Path.of("/work"));

  @Test
  void givesEachServiceItsOwnDatabasePortAndLog() {
    List<ChildSpec> plan = ChildSpec.plan(options, ENDPOINTS, Path.of("/data/logs"));

    ChildSpec command = plan.get(0);
    assertThat(command.name()).isEqualTo("command-service");
    assertThat(command.jar()).isEqualTo(Path.of("/jars/command.jar"));
    assertThat(command.logFile()).isEqualTo(Path.of("/data/logs/command-service.log"));
    assertThat(command.environment())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "SERVER_PORT", "8081",
                "REGISTRY_COMMAND_DB_URL", "jdbc:postgresql://localhost:5555/registry_commands",
                "REGISTRY_COMMAND_DB_USER", "registry_command",
                "REGISTRY_COMMAND_DB_PASSWORD", "command-secret",
                "REGISTRY_KAFKA_BOOTSTRAP_SERVERS", "localhost:9999"));

    ChildSpec query = plan.get(1);
    assertThat(query.baseUrl()).isEqualTo("http://localhost:8082");
    assertThat(query.logFile()).isEqualTo(Path.of("/data/logs/query-service.log"));
    assertThat(query.environment())
        .containsEntry("REGISTRY_QUERY_DB_URL", "jdbc:postgresql://localhost:5555/registry_queries")
        .containsEntry("SERVER_PORT", "8082")
        .containsEntry("REGISTRY_QUERY_DB_USER", "registry_query")
        .containsEntry("REGISTRY_QUERY_DB_PASSWORD", "query-secret")
        .doesNotContainKeys(
            "REGISTRY_COMMAND_DB_URL", "REGISTRY_COMMAND_DB_USER", "REGISTRY_COMMAND_DB_PASSWORD");
  }

  @Test
  void givesEachServiceItsOwnKafkaPrincipalOnTheLaunchersKafka(@TempDir Path data) {
    KafkaCredentials credentials = KafkaCredentials.loadOrCreate(data);
    Endpoints secured =
        new Endpoints(
            "jdbc:c",
            "jdbc:q",
            Optional.of(new PostgresLogin("registry_command", "command-secret")),
            Optional.of(new PostgresLogin("registry_query", "query-secret")),
            Optional.empty(),
            "k:1",
            Optional.of(credentials));

    List<ChildSpec> plan = ChildSpec.plan(options, secured, Path.of("/l"));

    assertThat(plan.get(0).environment())
        .containsEntry("REGISTRY_COMMAND_DB_USER", "registry_command")
        .containsEntry("REGISTRY_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
        .containsEntry("REGISTRY_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
        .containsEntry("REGISTRY_KAFKA_SASL_USERNAME", "registry-relay")
        .containsEntry(
            "REGISTRY_KAFKA_SASL_PASSWORD", credentials.password(KafkaCredentials.RELAY));
    assertThat(plan.get(1).environment())
        .containsEntry("REGISTRY_QUERY_DB_USER", "registry_query")
        .containsEntry("REGISTRY_KAFKA_SASL_USERNAME", "registry-query")
        .containsEntry(
            "REGISTRY_KAFKA_SASL_PASSWORD", credentials.password(KafkaCredentials.QUERY));
    assertThat(credentials.password(KafkaCredentials.RELAY))
        .isNotEqualTo(credentials.password(KafkaCredentials.QUERY))
        .isEqualTo(KafkaCredentials.loadOrCreate(data).password(KafkaCredentials.RELAY));
  }

  @Test
  void leavesCredentialsToTheServicesWhenNoneWereGiven() {
    Endpoints anonymous =
        new Endpoints(
            "jdbc:c", "jdbc:q", Optional.empty(), Optional.empty(), Optional.empty(), "k:1");

    assertThat(ChildSpec.plan(options, anonymous, Path.of("/l")).get(0).environment())
        .doesNotContainKeys(
            "REGISTRY_COMMAND_DB_USER",
            "REGISTRY_COMMAND_DB_PASSWORD",
            "REGISTRY_DB_USER",
            "REGISTRY_DB_PASSWORD",
            "REGISTRY_KAFKA_SECURITY_PROTOCOL",
            "REGISTRY_KAFKA_SASL_PASSWORD");
  }

  @Test
  void givesEachInstanceItsOwnNamePortAndLogAndTheClusterItsReplication() {
    LaunchOptions two =
        LaunchOptions.parse(
            List.of(
                "--command-jar=/jars/command.jar",
                "--query-jar=/jars/query.jar",
                "--instances=2",
                "--kafka-brokers=3"),
            Map.of(),
            Path.of("/work"));

    List<ChildSpec> plan = ChildSpec.plan(two, ENDPOINTS, Path.of("/data/logs"));

    assertThat(plan)
        .extracting(ChildSpec::name)
        .containsExactly(
            "command-service", "query-service", "command-service-2", "query-service-2");
    assertThat(plan).extracting(ChildSpec::port).containsExactly(8081, 8082, 8083, 8084);
    assertThat(plan.get(2).logFile()).isEqualTo(Path.of("/data/logs/command-service-2.log"));
    assertThat(plan.get(2).environment())
        .containsEntry("SERVER_PORT", "8083")
        .containsEntry("REGISTRY_KAFKA_REPLICATION_FACTOR", "3")
        .containsEntry("REGISTRY_KAFKA_MIN_INSYNC_REPLICAS", "2");
  }

  @Test
  void givesEveryServiceTheIssuerAndTheAuthorizationServerASmallHeap() {
    List<ChildSpec> plan =
        ChildSpec.withIssuer(
            ChildSpec.plan(options, ENDPOINTS, Path.of("/data/logs")), "http://localhost:9000");

    assertThat(plan)
        .allSatisfy(
            spec ->
                assertThat(spec.environment())
                    .containsEntry("REGISTRY_OIDC_ISSUER_URI", "http://localhost:9000")
                    .containsKey("SERVER_PORT"));
    assertThat(plan.get(0).jvmOptions()).containsExactly("-Xmx512m");

    IdentityOptions identity =
        new IdentityOptions(Optional.of(Path.of("/jars/auth.jar")), 9000, Optional.empty());
    ChildSpec server =
        AuthorizationServerStarter.spec(
            identity, Path.of("/data"), new WorkbenchOptions(Optional.empty(), 8090, false));
    assertThat(server.jvmOptions()).contains("-Xmx128m");
    assertThat(server.baseUrl()).isEqualTo("http://localhost:9000");
    assertThat(server.logFile()).isEqualTo(Path.of("/data/logs/authorization-server.log"));
    assertThat(server.environment())
        .containsEntry("REGISTRY_AUTH_DATA_DIR", "/data/auth")
        .containsEntry("REGISTRY_AUTH_ISSUER", "http://localhost:9000")
        .containsEntry("REGISTRY_AUTH_PORT", "9000")
        // the workbench's redirect URIs follow its port
        .containsEntry("REGISTRY_AUTH_WORKBENCH_URL", "http://localhost:8090");
  }
}
