package org.disputeregistry.infra.launcher;

import java.util.Optional;

/** Where the services find their databases and Kafka, whoever runs those servers. */
record Endpoints(
    String commandDbUrl,
    String queryDbUrl,
    Optional<String> dbUser,
    Optional<String> dbPassword,
    String kafkaBootstrapServers) {}
