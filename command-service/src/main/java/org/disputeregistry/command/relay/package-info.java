/**
 * Publishes every stored event to the Kafka topic ({@code registry.kafka.topic}), keyed by case id.
 * The relay reads from the event store and moves its token only once Kafka acknowledged the whole
 * batch, so an event may be published twice but never lost; consumers drop a repeat by its per-case
 * sequence number. It wakes when events commit (a PostgreSQL notification each instance sends after
 * its commits) and otherwise looks for new events at a fixed interval, so a lost notification
 * delays an event but never loses it.
 */
package org.disputeregistry.command.relay;
