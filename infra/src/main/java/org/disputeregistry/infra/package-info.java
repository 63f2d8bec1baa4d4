/**
 * The registry on one machine: an embedded PostgreSQL 17 and KRaft Kafka ({@link
 * org.disputeregistry.infra.EmbeddedStack}, also what tests and the benchmark run on) and the
 * launcher behind {@code ./run.sh} ({@link org.disputeregistry.infra.SystemLauncher}), which starts
 * PostgreSQL, then Kafka, then the services ({@code PostgresStarter}, {@code KafkaStarter}, {@code
 * ServiceStarter}), supervises each part ({@code Supervisor}, {@code RestartPolicy}) and stops them
 * in reverse order ({@code ShutdownSequence}). The one non-obvious rule: every process the launcher
 * runs is found again through the data directory (its command line names it, its pid file is kept
 * in it, {@code DataDirectory} is the only code that deletes in it), so that a new launcher adopts
 * exactly what a killed one left running and healthy ({@code Adoption}, {@code LeftoversToAdopt},
 * {@code PostgresLeftovers}) and stops everything else, and never touches a process it cannot prove
 * is its own.
 */
package org.disputeregistry.infra;
