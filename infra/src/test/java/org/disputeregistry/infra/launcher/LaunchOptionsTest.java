package org.disputeregistry.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disputeregistry.infra.launcher.LaunchOptions.InvalidOptionsException;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

  private static final Path CWD = Path.of("/home/me/registry");
  private static final List<String> JARS =
      List.of("--command-jar=command.jar", "--query-jar=/opt/query.jar");

  @Test
  void defaultsToEmbeddedServersTheUsualPortsAndDotDataInTheWorkingDirectory() {
    LaunchOptions options = LaunchOptions.parse(JARS, Map.of(), CWD);

    assertThat(options.commandJar()).isEqualTo(Path.of("/home/me/registry/command.jar"));
    assertThat(options.queryJar()).isEqualTo(Path.of("/opt/query.jar"));
    assertThat(options.dataDirectory()).isEqualTo(Path.of("/home/me/registry/.data"));
    assertThat(options.fresh()).isFalse();
    assertThat(options.commandPort()).isEqualTo(8081);
    assertThat(options.queryPort()).isEqualTo(8082);
    assertThat(options.postgresPort()).isZero();
    assertThat(options.kafkaPort()).isZero();
    assertThat(options.startsPostgres()).isTrue();
    assertThat(options.startsKafka()).isTrue();
  }

  @Test
  void takesDataDirectoryFromTheArgumentBeforeTheEnvironment() {
    Map<String, String> env = Map.of("REGISTRY_DATA_DIR", "/var/registry");

    assertThat(LaunchOptions.parse(JARS, env, CWD).dataDirectory())
        .isEqualTo(Path.of("/var/registry"));
    assertThat(LaunchOptions.parse(with("--data-dir=here", "--fresh"), env, CWD))
        .extracting(LaunchOptions::dataDirectory, LaunchOptions::fresh)
        .containsExactly(Path.of("/home/me/registry/here"), true);
  }

  @Test
  void readsPortsFromTheEnvironment() {
    Map<String, String> env =
        Map.of(
            "REGISTRY_COMMAND_PORT", "9081",
            "REGISTRY_QUERY_PORT", "9082",
            "REGISTRY_POSTGRES_PORT", "15432",
            "REGISTRY_KAFKA_PORT", "19092");

    LaunchOptions options = LaunchOptions.parse(JARS, env, CWD);

    assertThat(options.commandPort()).isEqualTo(9081);
    assertThat(options.queryPort()).isEqualTo(9082);
    assertThat(options.postgresPort()).isEqualTo(15432);
    assertThat(options.kafkaPort()).isEqualTo(19092);
  }

  @Test
  void rejectsBadPortsNamingTheVariable() {
    assertThatThrownBy(() -> LaunchOptions.parse(JARS, Map.of("REGISTRY_KAFKA_PORT", "x"), CWD))
        .isInstanceOf(InvalidOptionsException.class)
        .hasMessageContaining("REGISTRY_KAFKA_PORT");
    assertThatThrownBy(
            () -> LaunchOptions.parse(JARS, Map.of("REGISTRY_COMMAND_PORT", "70000"), CWD))
        .hasMessageContaining("REGISTRY_COMMAND_PORT");
    assertThatThrownBy(() -> LaunchOptions.parse(JARS, Map.of("REGISTRY_QUERY_PORT", "8081"), CWD))
        .hasMessageContaining("both 8081");
  }

  @Test
  void loadsTheFullDemoYearOnlyIntoANewEmbeddedDatabaseUnlessAsked() {
    assertThat(LaunchOptions.parse(JARS, Map.of(), CWD).demoToLoad(true)).contains("full");
    assertThat(LaunchOptions.parse(JARS, Map.of(), CWD).demoToLoad(false)).isEmpty();
    Map<String, String> external =
        Map.of(
            "REGISTRY_COMMAND_DB_URL",
            "jdbc:postgresql://db/c",
            "REGISTRY_QUERY_DB_URL",
            "jdbc:postgresql://db/q");
    assertThat(LaunchOptions.parse(JARS, external, CWD).demoToLoad(true)).isEmpty();
    assertThat(LaunchOptions.parse(with("--demo=test"), external, CWD).demoToLoad(false))
        .contains("test");
    assertThat(LaunchOptions.parse(with("--demo=none"), Map.of(), CWD).demoToLoad(true)).isEmpty();
    assertThatThrownBy(() -> LaunchOptions.parse(with("--demo=huge"), Map.of(), CWD))
        .hasMessageContaining("full, test or none");
  }

  @Test
  void requiresBothJarsAndRejectsUnknownArguments() {
    assertThatThrownBy(() -> LaunchOptions.parse(List.of("--command-jar=c.jar"), Map.of(), CWD))
        .isInstanceOf(InvalidOptionsException.class)
        .hasMessageContaining("--query-jar");
    assertThatThrownBy(() -> LaunchOptions.parse(with("--port=1"), Map.of(), CWD))
        .hasMessageContaining("--port=1");
    assertThatThrownBy(() -> LaunchOptions.parse(with("--data-dir="), Map.of(), CWD))
        .hasMessageContaining("needs a path");
  }

  @Test
  void usesExternalPostgresWhenBothDatabaseUrlsAreSet() {
    Map<String, String> env =
        Map.of(
            "REGISTRY_COMMAND_DB_URL", "jdbc:postgresql://db:5432/commands",
            "REGISTRY_QUERY_DB_URL", "jdbc:postgresql://db:5432/queries");

    LaunchOptions options = LaunchOptions.parse(JARS, env, CWD);

    assertThat(options.startsPostgres()).isFalse();
    assertThat(options.startsKafka()).isTrue();
    assertThat(options.externalDatabases().orElseThrow())
        .isEqualTo(
            new LaunchOptions.ExternalDatabases(
                "jdbc:postgresql://db:5432/commands", "jdbc:postgresql://db:5432/queries"));
  }

  @Test
  void refusesOnlyOneExternalDatabaseUrlNamingTheMissingOne() {
    Map<String, String> env = Map.of("REGISTRY_COMMAND_DB_URL", "jdbc:postgresql://db/commands");

    assertThatThrownBy(() -> LaunchOptions.parse(JARS, env, CWD))
        .isInstanceOf(InvalidOptionsException.class)
        .hasMessageStartingWith("REGISTRY_QUERY_DB_URL is not set");
  }

  @Test
  void usesExternalKafkaWhenBootstrapServersAreSet() {
    Map<String, String> env = Map.of("REGISTRY_KAFKA_BOOTSTRAP_SERVERS", "broker:9092");

    LaunchOptions options = LaunchOptions.parse(JARS, env, CWD);

    assertThat(options.startsKafka()).isFalse();
    assertThat(options.startsPostgres()).isTrue();
    assertThat(options.externalKafka()).contains("broker:9092");
  }

  @Test
  void treatsBlankVariablesAsUnset() {
    Map<String, String> env =
        Map.of("REGISTRY_KAFKA_BOOTSTRAP_SERVERS", " ", "REGISTRY_COMMAND_PORT", "");

    LaunchOptions options = LaunchOptions.parse(JARS, env, CWD);

    assertThat(options.startsKafka()).isTrue();
    assertThat(options.commandPort()).isEqualTo(8081);
  }

  @Test
  void recognisesHelp() {
    assertThat(LaunchOptions.wantsHelp(List.of("--help"))).isTrue();
    assertThat(LaunchOptions.wantsHelp(JARS)).isFalse();
  }

  private static List<String> with(String... more) {
    return Stream.concat(JARS.stream(), Arrays.stream(more)).toList();
  }

  @Test
  void runsSeveralInstancesOnThePortsAfterTheConfiguredOnes() {
    List<String> args = Stream.concat(JARS.stream(), Stream.of("--instances=2")).toList();

    LaunchOptions options = LaunchOptions.parse(args, Map.of("REGISTRY_QUERY_PORT", "9000"), CWD);

    assertThat(options.instances()).isEqualTo(2);
    assertThat(options.servicePorts()).containsExactly(8081, 9000, 9001, 9002);
    assertThat(LaunchOptions.parse(JARS, Map.of(), CWD).servicePorts()).containsExactly(8081, 8082);
  }

  @Test
  void takesTheSizeOfTheKafkaCluster() {
    List<String> args = Stream.concat(JARS.stream(), Stream.of("--kafka-brokers=3")).toList();

    assertThat(LaunchOptions.parse(args, Map.of(), CWD).kafkaBrokers()).isEqualTo(3);
    assertThat(LaunchOptions.parse(JARS, Map.of(), CWD).kafkaBrokers()).isEqualTo(1);
  }

  @Test
  void refusesCountsOutOfRange() {
    for (String bad :
        List.of("--instances=0", "--instances=5", "--kafka-brokers=x", "--kafka-brokers=6")) {
      List<String> args = Stream.concat(JARS.stream(), Stream.of(bad)).toList();
      assertThatThrownBy(() -> LaunchOptions.parse(args, Map.of(), CWD))
          .as(bad)
          .isInstanceOf(InvalidOptionsException.class)
          .hasMessageContaining("a number from 1 to");
    }
  }

  @Test
  void refusesAClusterSizeForAnExternalKafka() {
    List<String> args = Stream.concat(JARS.stream(), Stream.of("--kafka-brokers=3")).toList();
    Map<String, String> env = Map.of("REGISTRY_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");

    assertThatThrownBy(() -> LaunchOptions.parse(args, env, CWD))
        .isInstanceOf(InvalidOptionsException.class)
        .hasMessageContaining("runs none");
  }

  @Test
  void startsTheEmbeddedAuthorizationServerOnPort9000WhenGivenItsJar() {
    IdentityOptions none = LaunchOptions.parse(JARS, Map.of(), CWD).identity();
    assertThat(none.startsServer()).isFalse();
    assertThat(none.issuer()).isEmpty();

    List<String> args = Stream.concat(JARS.stream(), Stream.of("--auth-jar=auth.jar")).toList();
    IdentityOptions embedded = LaunchOptions.parse(args, Map.of(), CWD).identity();
    assertThat(embedded.startsServer()).isTrue();
    assertThat(embedded.serverJar()).contains(Path.of("/home/me/registry/auth.jar"));
    assertThat(embedded.issuer()).contains("http://localhost:9000");

    IdentityOptions moved =
        LaunchOptions.parse(args, Map.of("REGISTRY_AUTH_PORT", "9100"), CWD).identity();
    assertThat(moved.issuer()).contains("http://localhost:9100");
  }

  @Test
  void anExternalIssuerReplacesTheEmbeddedServer() {
    List<String> args = Stream.concat(JARS.stream(), Stream.of("--auth-jar=auth.jar")).toList();
    IdentityOptions external =
        LaunchOptions.parse(
                args, Map.of("REGISTRY_OIDC_ISSUER_URI", "https://sso.example.gov/realms/r"), CWD)
            .identity();

    assertThat(external.startsServer()).isFalse();
    assertThat(external.issuer()).contains("https://sso.example.gov/realms/r");
  }

  @Test
  void refusesTheAuthorizationServerOnAServicePort() {
    List<String> args = Stream.concat(JARS.stream(), Stream.of("--auth-jar=auth.jar")).toList();
    assertThatThrownBy(() -> LaunchOptions.parse(args, Map.of("REGISTRY_AUTH_PORT", "8081"), CWD))
        .isInstanceOf(InvalidOptionsException.class)
        .hasMessageContaining("REGISTRY_AUTH_PORT");
  }

  @Test
  void runsTheWorkbenchOnlyWhenItsJarIsGivenOnItsOwnPort() {
    assertThat(LaunchOptions.parse(JARS, Map.of(), CWD).workbench().jar()).isEmpty();
    LaunchOptions options = LaunchOptions.parse(with("--workbench-jar=wb.jar"), Map.of(), CWD);
    assertThat(options.workbench().jar()).contains(Path.of("/home/me/registry/wb.jar"));
    assertThat(options.workbench().port()).isEqualTo(8080);
    assertThat(options.workbench().secretInEnvironment()).isFalse();

    LaunchOptions moved =
        LaunchOptions.parse(
            with("--workbench-jar=wb.jar"),
            Map.of("REGISTRY_WORKBENCH_PORT", "8090", "REGISTRY_WORKBENCH_CLIENT_SECRET", "s"),
            CWD);
    assertThat(moved.workbench().url()).isEqualTo("http://localhost:8090");
    assertThat(moved.workbench().secretInEnvironment()).isTrue();
    assertThatThrownBy(
            () ->
                LaunchOptions.parse(
                    with("--workbench-jar=wb.jar"), Map.of("REGISTRY_WORKBENCH_PORT", "8081"), CWD))
        .isInstanceOf(InvalidOptionsException.class)
        .hasMessageContaining("REGISTRY_WORKBENCH_PORT 8081");
  }
}
