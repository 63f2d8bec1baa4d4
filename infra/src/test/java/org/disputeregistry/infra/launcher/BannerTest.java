package org.disputeregistry.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputeregistry.infra.KafkaCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BannerTest {

  @Test
  void showsWhereEverythingIsAndHowToStop() {
    Endpoints endpoints =
        new Endpoints(
            "jdbc:postgresql://localhost:5555/registry_commands",
            "jdbc:postgresql://localhost:5555/registry_queries",
            Optional.of("postgres"),
            Optional.of("postgres"),
            "localhost:9999");
    LaunchOptions options =
        LaunchOptions.parse(
            List.of("--command-jar=c.jar", "--query-jar=q.jar"), Map.of(), Path.of("/w"));
    List<ChildSpec> children = ChildSpec.plan(options, endpoints, Path.of("/w/.data/logs"));

    String banner = Banner.render(children, endpoints, Path.of("/w/.data"));

    assertThat(banner)
        .contains("http://localhost:8081/swagger-ui.html")
        .contains("http://localhost:8082")
        .contains("PGPASSWORD=postgres psql -h localhost -p 5555 -U postgres registry_queries")
        .contains(
            "kafka-console-consumer.sh --bootstrap-server localhost:9999"
                + " --topic registry.case-events --from-beginning")
        .contains("/w/.data/logs/command-service.log")
        .contains("Ctrl-C to stop");
  }

  @Test
  void pointsToTheReadersSettingsButNeverPrintsAPassword(@TempDir Path data) {
    KafkaCredentials credentials = KafkaCredentials.loadOrCreate(data);
    Endpoints endpoints =
        new Endpoints(
            "jdbc:c",
            "jdbc:q",
            Optional.empty(),
            Optional.empty(),
            "localhost:9999",
            Optional.of(credentials));
    LaunchOptions options =
        LaunchOptions.parse(
            List.of("--command-jar=c.jar", "--query-jar=q.jar"), Map.of(), Path.of("/w"));

    String banner =
        Banner.render(ChildSpec.plan(options, endpoints, Path.of("/l")), endpoints, data);

    assertThat(banner)
        .contains(" Kafka            localhost:9999\n")
        .contains("--from-beginning --consumer.config " + credentials.readerClientFile());
    for (String user :
        List.of(KafkaCredentials.BROKER, KafkaCredentials.RELAY, KafkaCredentials.QUERY)) {
      assertThat(banner).doesNotContain(credentials.password(user));
    }
    assertThat(banner).doesNotContain(credentials.password(KafkaCredentials.READER));
  }

  @Test
  void writesPsqlLinesOnlyForUrlsItUnderstands() {
    assertThat(
            Banner.psqlCommand(
                "jdbc:postgresql://db/x?ssl=true", Optional.empty(), Optional.empty()))
        .contains("psql -h db x");
    assertThat(Banner.psqlCommand("jdbc:h2:mem:x", Optional.empty(), Optional.empty())).isEmpty();
    assertThat(Banner.psqlCommand("jdbc:postgresql://db/", Optional.empty(), Optional.empty()))
        .isEmpty();
  }
}
