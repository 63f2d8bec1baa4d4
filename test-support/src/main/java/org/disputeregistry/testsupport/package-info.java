/**
 * What tests need to run on real parts: one PostgreSQL and Kafka for all tests of a JVM ({@link
 * org.disputeregistry.testsupport.TestInfrastructure}: external servers, Testcontainers or the
 * embedded stack, whichever is available), a new database per Spring context, and a service jar run
 * as a process the way an operator runs it ({@link org.disputeregistry.testsupport.ServiceProcess},
 * also used by the benchmark). The one non-obvious rule: tests share the servers, never state;
 * every database, topic and consumer group a test uses is new ({@code newDatabase}, {@code
 * uniqueName}), so that test classes and modules can run on the same servers in any order.
 */
package org.disputeregistry.testsupport;
