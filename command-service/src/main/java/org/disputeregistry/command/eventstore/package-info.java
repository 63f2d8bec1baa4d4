/**
 * Axon's JDBC event store on PostgreSQL as this service uses it: no snapshot reads, duplicate keys
 * recognised as concurrency conflicts, gaps in the global index kept long enough for a late commit
 * to be published, and message ids drawn without a shared lock.
 */
package org.disputeregistry.command.eventstore;
