/**
 * The command side's fair baseline, measured by the benchmark suite beside command-service: what a
 * team would write instead of this stack for {@code POST /api/reconsiderations} with plain Spring
 * Boot (the same Tomcat, Jackson, Bean Validation, HikariCP and pgjdbc, the same request body and
 * constraints, validated with {@code @Valid}), storing one event-sized row per request in an
 * event-store-like table and answering 201. No Axon, no security, no actuator: whatever the service
 * pays beyond this is what its design costs.
 */
package org.disputeregistry.baseline;
