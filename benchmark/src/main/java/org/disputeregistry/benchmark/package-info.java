/**
 * The benchmark suite ({@code -Pbenchmark} only): the service jars run as processes exactly as they
 * ship, on one PostgreSQL and one Kafka, each performance target of docs/benchmarks.md measured by
 * a {@link org.disputeregistry.benchmark.Scenario} of its own. The one non-obvious rule: an
 * absolute figure means little on a shared machine, so every figure is measured beside a baseline
 * on the same servers in the same run ({@code Raw}: plain JDBC and Kafka clients with the same
 * concurrency and record sizes) and reported as a ratio; speed is measured here, never asserted in
 * a test.
 */
package org.disputeregistry.benchmark;
