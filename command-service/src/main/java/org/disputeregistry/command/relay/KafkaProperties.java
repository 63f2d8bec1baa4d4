package org.disputeregistry.command.relay;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the relay publishes.
 *
 * @param bootstrapServers the Kafka cluster
 * @param topic the case-event topic, keyed by case id
 * @param partitions partitions of the topic when the relay creates it (bounds consumer scale-out)
 * @param replicationFactor replicas of the topic when the relay creates it
 * @param ackTimeout how long a batch waits for Kafka's acknowledgement before it is retried
 */
@ConfigurationProperties("registry.kafka")
record KafkaProperties(
    String bootstrapServers,
    String topic,
    int partitions,
    short replicationFactor,
    Duration ackTimeout) {}
