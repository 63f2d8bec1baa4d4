package org.disputeregistry.infra.launcher;

import java.util.Optional;
import org.disputeregistry.infra.KafkaCredentials;

/**
 * Where the services find their databases and Kafka, whoever runs those servers.
 *
 * @param kafkaCredentials the principals of the launcher's own Kafka; empty for an external one
 *     (its settings are the services' own configuration)
 */
record Endpoints(
    String commandDbUrl,
    String queryDbUrl,
    Optional<String> dbUser,
    Optional<String> dbPassword,
    String kafkaBootstrapServers,
    Optional<KafkaCredentials> kafkaCredentials) {

  Endpoints(
      String commandDbUrl,
      String queryDbUrl,
      Optional<String> dbUser,
      Optional<String> dbPassword,
      String kafkaBootstrapServers) {
    this(commandDbUrl, queryDbUrl, dbUser, dbPassword, kafkaBootstrapServers, Optional.empty());
  }
}
