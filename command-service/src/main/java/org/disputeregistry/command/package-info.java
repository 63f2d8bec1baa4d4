/**
 * The command side of the registry: case officers open cases and record their steps through the
 * HTTP API (or a back-fill file), each step is checked against the case's rules and stored as an
 * event in PostgreSQL, and the relay publishes every stored event to Kafka for the query side. The
 * feature packages ({@code reconsideration}, {@code petition}, {@code mediation}, {@code
 * servicecontact}) hold one case type each and never import one another; what they share is in
 * {@code lifecycle} (how a step is sent, guarded and answered) and {@code rules} (dates, time
 * limits, error codes). Dependencies point inwards: {@code web} sub-packages use the domain, never
 * the other way ({@code ArchitectureTest}).
 */
package org.disputeregistry.command;
