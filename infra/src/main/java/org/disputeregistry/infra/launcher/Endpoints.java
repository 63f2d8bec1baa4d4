package org.disputeregistry.infra.launcher;

import java.nio.file.Path;
import java.util.Optional;
import org.disputeregistry.infra.KafkaCredentials;
import org.disputeregistry.infra.PostgresLogin;

/**
 * Where the services find their databases and Kafka, whoever runs those servers; each service's
 * database login if the launcher chose it (else the services' own environment decides), and the
 * file keeping those passwords.
 *
 * @param kafkaCredentials the principals of the launcher's own Kafka; empty for an external one
 *     (its settings are the services' own configuration)
 */
record Endpoints(
    String commandDbUrl,
    String queryDbUrl,
    Optional<PostgresLogin> commandDbLogin,
    Optional<PostgresLogin> queryDbLogin,
    Optional<Path> dbPasswordFile,
    String kafkaBootstrapServers,
    Optional<KafkaCredentials> kafkaCredentials) {

  /** Kafka without the launcher's credentials (an external Kafka). */
  Endpoints(
      String commandDbUrl,
      String queryDbUrl,
      Optional<PostgresLogin> commandDbLogin,
      Optional<PostgresLogin> queryDbLogin,
      Optional<Path> dbPasswordFile,
      String kafkaBootstrapServers) {
    this(
        commandDbUrl,
        queryDbUrl,
        commandDbLogin,
        queryDbLogin,
        dbPasswordFile,
        kafkaBootstrapServers,
        Optional.empty());
  }
}
