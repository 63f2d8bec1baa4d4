package org.disputeregistry.command.relay;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the relay publishes to. Where the Kafka cluster is and how to connect to it (TLS, SASL) are
 * Spring Boot's {@code spring.kafka.*} settings, shared with the admin client that creates the
 * topic.
 *
 * @param topic the case-event topic, keyed by case id
 * @param partitions partitions of the topic when the relay creates it (bounds consumer scale-out)
 * @param replicationFactor replicas of the topic when the relay creates it
 * @param minInsyncReplicas replicas that must have a write before it is acknowledged (acks=all),
 *     set on the topic when the relay creates it: 2 of 3 survives one broker without stopping
 *     writes
 * @param ackTimeout how long a batch waits for Kafka's acknowledgement before it is retried
 */
@ConfigurationProperties("registry.kafka")
record RelayProperties(
    String topic,
    int partitions,
    short replicationFactor,
    int minInsyncReplicas,
    Duration ackTimeout) {}
