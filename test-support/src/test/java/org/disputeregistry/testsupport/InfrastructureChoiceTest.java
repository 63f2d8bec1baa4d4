package org.disputeregistry.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disputeregistry.testsupport.InfrastructureChoice.KAFKA_BOOTSTRAP_SERVERS;
import static org.disputeregistry.testsupport.InfrastructureChoice.POSTGRES_PASSWORD;
import static org.disputeregistry.testsupport.InfrastructureChoice.POSTGRES_URL;
import static org.disputeregistry.testsupport.InfrastructureChoice.POSTGRES_USER;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.disputeregistry.testsupport.InfrastructureChoice.ExternalServers;
import org.disputeregistry.testsupport.InfrastructureChoice.Source;
import org.junit.jupiter.api.Test;

class InfrastructureChoiceTest {

  private static final BooleanSupplier DOCKER = () -> true;
  private static final BooleanSupplier NO_DOCKER = () -> false;
  private static final BooleanSupplier MUST_NOT_PROBE =
      () -> {
        throw new AssertionError("Docker probed although external servers were named");
      };

  private static final Map<String, String> EXTERNAL =
      Map.of(
          POSTGRES_URL, "jdbc:postgresql://ci-db:5432/postgres",
          POSTGRES_USER, "ci",
          POSTGRES_PASSWORD, "secret",
          KAFKA_BOOTSTRAP_SERVERS, "ci-kafka:9092");

  @Test
  void usesExternalServersWhenAllAreNamedWithoutProbingDocker() {
    InfrastructureChoice choice = InfrastructureChoice.choose(EXTERNAL, MUST_NOT_PROBE);

    assertThat(choice.source()).isEqualTo(Source.EXTERNAL);
    assertThat(choice.external())
        .contains(
            new ExternalServers(
                "jdbc:postgresql://ci-db:5432/postgres", "ci", "secret", "ci-kafka:9092"));
  }

  @Test
  void acceptsAnEmptyPasswordForTrustAuthentication() {
    Map<String, String> env = new HashMap<>(EXTERNAL);
    env.put(POSTGRES_PASSWORD, "");

    assertThat(InfrastructureChoice.choose(env, MUST_NOT_PROBE).external().orElseThrow())
        .extracting(ExternalServers::postgresPassword)
        .isEqualTo("");
  }

  @Test
  void usesTestcontainersWhenNothingIsNamedAndDockerAnswers() {
    InfrastructureChoice choice = InfrastructureChoice.choose(Map.of("PATH", "/bin"), DOCKER);

    assertThat(choice.source()).isEqualTo(Source.TESTCONTAINERS);
    assertThat(choice.external()).isEmpty();
  }

  @Test
  void fallsBackToTheEmbeddedStackWithoutDocker() {
    assertThat(InfrastructureChoice.choose(Map.of(), NO_DOCKER).source())
        .isEqualTo(Source.EMBEDDED);
  }

  @Test
  void refusesAHalfConfiguredSetupNamingWhatIsMissing() {
    Map<String, String> env = new HashMap<>(EXTERNAL);
    env.remove(KAFKA_BOOTSTRAP_SERVERS);

    assertThatThrownBy(() -> InfrastructureChoice.choose(env, MUST_NOT_PROBE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("but REGISTRY_TEST_KAFKA_BOOTSTRAP_SERVERS is not");
  }

  @Test
  void refusesOnlyKafkaNamedListingEveryMissingPostgresVariable() {
    Map<String, String> env = Map.of(KAFKA_BOOTSTRAP_SERVERS, "ci-kafka:9092");

    assertThatThrownBy(() -> InfrastructureChoice.choose(env, MUST_NOT_PROBE))
        .hasMessageContaining("REGISTRY_TEST_KAFKA_BOOTSTRAP_SERVERS is set")
        .hasMessageContaining(
            "REGISTRY_TEST_POSTGRES_URL, REGISTRY_TEST_POSTGRES_USER,"
                + " REGISTRY_TEST_POSTGRES_PASSWORD are not");
  }

  @Test
  void countsABlankUrlAsMissing() {
    Map<String, String> env = new HashMap<>(EXTERNAL);
    env.put(POSTGRES_URL, "  ");

    assertThatThrownBy(() -> InfrastructureChoice.choose(env, MUST_NOT_PROBE))
        .hasMessageContaining("but REGISTRY_TEST_POSTGRES_URL is not");
  }

  @Test
  void keepsExternalServersForTheExternalSourceOnly() {
    assertThatThrownBy(
            () ->
                new InfrastructureChoice(
                    Source.EMBEDDED,
                    java.util.Optional.of(new ExternalServers("u", "x", "y", "k"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
