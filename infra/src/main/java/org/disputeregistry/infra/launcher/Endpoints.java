package org.disputeregistry.infra.launcher;

import java.nio.file.Path;
import java.util.Optional;
import org.disputeregistry.infra.PostgresLogin;

/**
 * Where the services find their databases and Kafka, whoever runs those servers; each service's
 * database login if the launcher chose it (else the services' own environment decides), and the
 * file keeping those passwords.
 */
record Endpoints(
    String commandDbUrl,
    String queryDbUrl,
    Optional<PostgresLogin> commandDbLogin,
    Optional<PostgresLogin> queryDbLogin,
    Optional<Path> dbPasswordFile,
    String kafkaBootstrapServers) {}
