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

class BannerTest {

  @Test
  void showsWhereEverythingIsAndHowToStop() {
    Endpoints endpoints =
        new Endpoints(
            "jdbc:postgresql://localhost:5555/registry_commands",
            "jdbc:postgresql://localhost:5555/registry_queries",
            Optional.of(new PostgresLogin("registry_command", "command-secret")),
            Optional.of(new PostgresLogin("registry_query", "query-secret")),
            Optional.of(Path.of("/w/.data/postgres-roles.properties")),
            "localhost:9999");
    LaunchOptions options =
        LaunchOptions.parse(
            List.of("--command-jar=c.jar", "--query-jar=q.jar"), Map.of(), Path.of("/w"));
    List<ChildSpec> children = ChildSpec.plan(options, endpoints, Path.of("/w/.data/logs"));

    String banner = Banner.render(children, endpoints, Path.of("/w/.data"));

    assertThat(banner)
        .contains("http://localhost:8081/swagger-ui.html")
        .contains("http://localhost:8082")
        .contains("psql -h localhost -p 5555 -U registry_command registry_commands")
        .contains("psql -h localhost -p 5555 -U registry_query registry_queries")
        .contains("/w/.data/postgres-roles.properties")
        .contains(
            "kafka-console-consumer.sh --bootstrap-server localhost:9999"
                + " --topic registry.case-events --from-beginning")
        .contains("/w/.data/logs/command-service.log")
        .contains("Ctrl-C to stop")
        .doesNotContain("command-secret")
        .doesNotContain("query-secret");
  }

  @Test
  void pointsToTheReadersSettingsButNeverPrintsAPassword(@TempDir Path data) {
    KafkaCredentials credentials = KafkaCredentials.loadOrCreate(data);
    Path dbPasswords = data.resolve("postgres-roles.properties");
    Endpoints endpoints =
        new Endpoints(
            "jdbc:postgresql://localhost:5555/registry_commands",
            "jdbc:postgresql://localhost:5555/registry_queries",
            Optional.of(new PostgresLogin("registry_command", "command-secret")),
            Optional.of(new PostgresLogin("registry_query", "query-secret")),
            Optional.of(dbPasswords),
            "localhost:9999",
            Optional.of(credentials));
    LaunchOptions options =
        LaunchOptions.parse(
            List.of("--command-jar=c.jar", "--query-jar=q.jar"), Map.of(), Path.of("/w"));

    String banner =
        Banner.render(
            ChildSpec.plan(options, endpoints, Path.of("/l")),
            endpoints,
            data,
            Optional.of(
                new Banner.Identity("http://localhost:9000", DemoAccounts.NONE, Optional.empty())));

    assertThat(banner)
        .contains("Issuer (OIDC)    http://localhost:9000")
        .contains("passwords in " + dbPasswords)
        .contains(" Kafka            localhost:9999\n")
        .contains("--from-beginning --consumer.config " + credentials.readerClientFile())
        .doesNotContain("command-secret")
        .doesNotContain("query-secret");
    for (String user :
        List.of(KafkaCredentials.BROKER, KafkaCredentials.RELAY, KafkaCredentials.QUERY)) {
      assertThat(banner).doesNotContain(credentials.password(user));
    }
    assertThat(banner).doesNotContain(credentials.password(KafkaCredentials.READER));
  }

  @Test
  void writesPsqlLinesOnlyForUrlsItUnderstands() {
    assertThat(Banner.psqlCommand("jdbc:postgresql://db/x?ssl=true", Optional.empty()))
        .contains("psql -h db x");
    assertThat(Banner.psqlCommand("jdbc:h2:mem:x", Optional.empty())).isEmpty();
    assertThat(Banner.psqlCommand("jdbc:postgresql://db/", Optional.empty())).isEmpty();
  }

  @Test
  void listsTheIssuerAndTheDemoAccountsWithTheirRolesAndOrganisations() {
    Endpoints endpoints =
        new Endpoints(
            "jdbc:postgresql://localhost:5555/c",
            "jdbc:postgresql://localhost:5555/q",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "localhost:9999");
    LaunchOptions options =
        LaunchOptions.parse(
            List.of("--command-jar=c.jar", "--query-jar=q.jar"), Map.of(), Path.of("/w"));
    List<ChildSpec> children = ChildSpec.plan(options, endpoints, Path.of("/w/.data/logs"));
    DemoAccounts accounts =
        new DemoAccounts(
            "demo",
            List.of(
                new DemoAccounts.Entry(
                    "mediator.chen",
                    false,
                    List.of("MEDIATOR"),
                    "CENTRE:SCIENCE_CITY",
                    "光明科学城商事调解中心",
                    "Guangming Science City Commercial Mediation Centre"),
                new DemoAccounts.Entry(
                    "report-generator",
                    true,
                    List.of("REPORT_GENERATOR"),
                    "DISTRICT",
                    "光明区（全区）",
                    "Guangming District (district-wide)")));

    String banner =
        Banner.render(
            children,
            endpoints,
            Path.of("/w/.data"),
            Optional.of(
                new Banner.Identity(
                    "http://localhost:9000",
                    accounts,
                    Optional.of(Path.of("/w/.data/logs/authorization-server.log")))));

    assertThat(banner)
        .contains("Issuer (OIDC)    http://localhost:9000")
        .contains("password \"demo\"")
        .contains("$(./run.sh token ACCOUNT)")
        .containsPattern(
            "mediator\\.chen +MEDIATOR +CENTRE:SCIENCE_CITY 光明科学城商事调解中心"
                + " / Guangming Science City Commercial Mediation Centre\n")
        .containsPattern("report-generator +REPORT_GENERATOR +DISTRICT .*\\(client credentials\\)")
        .contains("Log              /w/.data/logs/authorization-server.log");
  }

  @Test
  void namesAnExternalIssuerWithoutAccounts() {
    Endpoints endpoints =
        new Endpoints(
            "jdbc:postgresql://localhost:5555/c",
            "jdbc:postgresql://localhost:5555/q",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "localhost:9999");

    String banner =
        Banner.render(
            List.of(),
            endpoints,
            Path.of("/w/.data"),
            Optional.of(
                new Banner.Identity(
                    "https://sso.example.gov", DemoAccounts.NONE, Optional.empty())));

    assertThat(banner).contains("Issuer (OIDC)    https://sso.example.gov").doesNotContain("Demo");
  }

  @Test
  void showsTheWorkbenchsUrlBesideTheServices() {
    ChildSpec workbench =
        new ChildSpec(
            "workbench",
            Path.of("/w/workbench.jar"),
            8080,
            java.util.Map.of(),
            Path.of("/w/.data/logs/workbench.log"));
    Endpoints endpoints =
        new Endpoints(
            "jdbc:postgresql://localhost:5555/c",
            "jdbc:postgresql://localhost:5555/q",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "localhost:9999");

    String banner = Banner.render(List.of(workbench), endpoints, Path.of("/w/.data"));

    assertThat(banner)
        .containsPattern(" workbench +http://localhost:8080\n   in a browser; sign in")
        .contains("Log              /w/.data/logs/workbench.log");
  }
}
