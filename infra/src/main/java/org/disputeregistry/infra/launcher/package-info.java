/**
 * The launcher behind {@code ./run.sh} ({@link org.disputeregistry.infra.launcher.SystemLauncher}):
 * from its options ({@code LaunchOptions}) it starts PostgreSQL, then Kafka as broker JVMs, then
 * the embedded authorization server, then the service JVMs, then the workbench ({@code
 * PostgresStarter}, {@code KafkaStarter}, {@code AuthorizationServerStarter}, {@code
 * ServiceStarter}, {@code WorkbenchStarter}), shows where everything is, with the issuer and the
 * demo accounts ({@code Banner}, {@code DemoAccounts}) and loads the demo year on a first start
 * ({@code DemoLoader}). The one non-obvious rule: every process it runs is found again through the
 * data directory (its command line names the directory, its pid file is kept there), so that a new
 * launcher adopts exactly what a killed one left running when it is what it would start and healthy
 * ({@code Adoption}, {@code LeftoversToAdopt}), stops every other leftover, and never touches a
 * process it cannot prove is its own.
 */
package org.disputeregistry.infra.launcher;
