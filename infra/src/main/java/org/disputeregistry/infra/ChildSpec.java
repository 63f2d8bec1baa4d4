package org.disputeregistry.infra;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service JVM to run: its jar, port, log file and the environment variables it reads (the
 * contract with the services' application.yml).
 */
record ChildSpec(String name, Path jar, int port, Map<String, String> environment, Path logFile) {

  static final String COMMAND_SERVICE = "command-service";
  static final String QUERY_SERVICE = "query-service";

  /** Each service gets its own database URL only: the two never share tables. */
  static List<ChildSpec> plan(LaunchOptions options, Endpoints endpoints, Path logDirectory) {
    Map<String, String> command = common(endpoints, options.commandPort());
    command.put("REGISTRY_COMMAND_DB_URL", endpoints.commandDbUrl());
    Map<String, String> query = common(endpoints, options.queryPort());
    query.put("REGISTRY_QUERY_DB_URL", endpoints.queryDbUrl());
    return List.of(
        new ChildSpec(
            COMMAND_SERVICE,
            options.commandJar(),
            options.commandPort(),
            Map.copyOf(command),
            logDirectory.resolve(COMMAND_SERVICE + ".log")),
        new ChildSpec(
            QUERY_SERVICE,
            options.queryJar(),
            options.queryPort(),
            Map.copyOf(query),
            logDirectory.resolve(QUERY_SERVICE + ".log")));
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  private static Map<String, String> common(Endpoints endpoints, int port) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SERVER_PORT", String.valueOf(port));
    env.put("REGISTRY_KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrapServers());
    endpoints.dbUser().ifPresent(user -> env.put("REGISTRY_DB_USER", user));
    endpoints.dbPassword().ifPresent(password -> env.put("REGISTRY_DB_PASSWORD", password));
    return env;
  }
}
