/**
 * Publishes every stored event to the Kafka topic ({@code registry.kafka.topic}), keyed by case id.
 * The relay reads from the event store and moves its token only once Kafka acknowledged the whole
 * batch, so an event may be published twice but never lost; consumers drop a repeat by its per-case
 * sequence number.
 */
package org.disputeregistry.command.relay;
