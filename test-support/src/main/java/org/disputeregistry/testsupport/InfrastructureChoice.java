package org.disputeregistry.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Which PostgreSQL and Kafka the tests use: servers named in the environment, else Testcontainers
 * when Docker is there, else the embedded stack.
 *
 * @param external the servers to use when {@code source} is {@link Source#EXTERNAL}
 */
public record InfrastructureChoice(Source source, Optional<ExternalServers> external) {

  public static final String POSTGRES_URL = "REGISTRY_TEST_POSTGRES_URL";
  public static final String POSTGRES_USER = "REGISTRY_TEST_POSTGRES_USER";
  public static final String POSTGRES_PASSWORD = "REGISTRY_TEST_POSTGRES_PASSWORD";
  public static final String KAFKA_BOOTSTRAP_SERVERS = "REGISTRY_TEST_KAFKA_BOOTSTRAP_SERVERS";

  private static final List<String> ALL =
      List.of(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD, KAFKA_BOOTSTRAP_SERVERS);

  public enum Source {
    /** Servers named by the REGISTRY_TEST_* environment variables, e.g. CI services. */
    EXTERNAL,
    /** postgres:17-alpine and apache/kafka:3.9.1 containers. */
    TESTCONTAINERS,
    /** PostgreSQL and Kafka of the infra module, on a temporary directory. */
    EMBEDDED
  }

  /**
   * PostgreSQL and Kafka that already run.
   *
   * @param postgresUrl JDBC URL of a database where the user may CREATE DATABASE
   */
  public record ExternalServers(
      String postgresUrl, String postgresUser, String postgresPassword, String kafka) {}

  public InfrastructureChoice {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(external, "external");
    if ((source == Source.EXTERNAL) != external.isPresent()) {
      throw new IllegalArgumentException("External servers go with, and only with, EXTERNAL");
    }
  }

  /**
   * Chooses from the environment; Docker is only probed when no external servers are named.
   *
   * @throws IllegalStateException if some but not all REGISTRY_TEST_* variables are set: a
   *     half-configured external setup is a mistake, not a reason to start something else
   */
  public static InfrastructureChoice choose(
      Map<String, String> env, BooleanSupplier dockerAvailable) {
    List<String> set = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : ALL) {
      (isSet(env, name) ? set : missing).add(name);
    }
    if (missing.isEmpty()) {
      return new InfrastructureChoice(
          Source.EXTERNAL,
          Optional.of(
              new ExternalServers(
                  env.get(POSTGRES_URL),
                  env.get(POSTGRES_USER),
                  env.get(POSTGRES_PASSWORD),
                  env.get(KAFKA_BOOTSTRAP_SERVERS))));
    }
    if (!set.isEmpty()) {
      throw new IllegalStateException(
          "External test servers are half configured: "
              + String.join(", ", set)
              + (set.size() == 1 ? " is" : " are")
              + " set but "
              + String.join(", ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " not. Set all of "
              + String.join(", ", ALL)
              + " (the password may be empty), or none.");
    }
    Source fallback = dockerAvailable.getAsBoolean() ? Source.TESTCONTAINERS : Source.EMBEDDED;
    return new InfrastructureChoice(fallback, Optional.empty());
  }

  /** The password may be empty (trust authentication); the others may not. */
  private static boolean isSet(Map<String, String> env, String name) {
    String value = env.get(name);
    return value != null && (name.equals(POSTGRES_PASSWORD) || !value.isBlank());
  }
}
