package org.disputeregistry.query.support;

import java.nio.file.Path;
import org.disputeregistry.testsupport.ServiceJars;
import org.disputeregistry.testsupport.ServiceProcess;
import org.disputeregistry.testsupport.TestDatabase;
import org.disputeregistry.testsupport.TestInfrastructure;

/**
 * The packaged query-service jar as a process of its own, configured the way an operator would:
 * environment variables. Failsafe runs after {@code package}, so the jar is in {@code target/}.
 */
public final class QueryServiceProcess {

  private QueryServiceProcess() {}

  public static ServiceProcess start(
      String name, TestDatabase database, String topic, String group, String... arguments) {
    return ServiceProcess.of(ServiceJars.inDirectory(Path.of("target"), "query-service"))
        .name(name)
        .heap("192m")
        .quickStart()
        .port(0)
        .environment("REGISTRY_QUERY_DB_URL", database.jdbcUrl())
        .environment("REGISTRY_QUERY_DB_USER", database.user())
        .environment("REGISTRY_QUERY_DB_PASSWORD", database.password())
        .environment(
            "REGISTRY_KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.get().kafkaBootstrapServers())
        .arguments("--registry.kafka.topic=" + topic, "--spring.kafka.consumer.group-id=" + group)
        .arguments(arguments)
        .start();
  }
}
