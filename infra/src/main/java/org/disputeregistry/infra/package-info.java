/**
 * Real PostgreSQL 17 and KRaft Kafka servers on a data directory that outlives them: {@link
 * org.disputeregistry.infra.EmbeddedStack} (what tests and the benchmark run on), the PostgreSQL
 * server and what an earlier run left of it ({@code LocalPostgres}, {@code PostgresLeftovers}), a
 * Kafka node's definition and readiness ({@code KafkaNode}, {@code LocalKafka}), and the data
 * directory's layout ({@code DataDirectory}, the only code that deletes in it). The one non-obvious
 * rule: PostgreSQL always runs durable ({@code synchronous_commit}, {@code fsync} and {@code
 * full_page_writes} on, overriding the embedded library's defaults), because a figure or a test
 * bought by losing an acknowledged commit proves nothing.
 */
package org.disputeregistry.infra;
