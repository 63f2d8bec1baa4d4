package org.disputeregistry.infra.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputeregistry.infra.KafkaCredentials;
import org.disputeregistry.infra.KafkaNode;
import org.disputeregistry.infra.PostgresLogin;

/**
 * One service JVM to run: its jar, port, log file and the environment variables it reads (the
 * contract with the services' application.yml).
 */
record ChildSpec(String name, Path jar, int port, Map<String, String> environment, Path logFile) {

  static final String COMMAND_SERVICE = "command-service";
  static final String QUERY_SERVICE = "query-service";
  static final String AUTHORIZATION_SERVER = "authorization-server";
  static final String WORKBENCH = "workbench";

  /**
   * Each service gets its own database URL and login only: the two never share tables, and neither
   * may read the other's. Ports: {@link LaunchOptions#servicePorts()}.
   */
  static List<ChildSpec> plan(LaunchOptions options, Endpoints endpoints, Path logDirectory) {
    List<ChildSpec> specs = new ArrayList<>();
    List<Integer> ports = options.servicePorts();
    for (int instance = 1; instance <= options.instances(); instance++) {
      int commandPort = ports.get(2 * instance - 2);
      int queryPort = ports.get(2 * instance - 1);
      Map<String, String> command = common(options, endpoints, commandPort);
      command.put("REGISTRY_COMMAND_DB_URL", endpoints.commandDbUrl());
      login(command, "REGISTRY_COMMAND_DB_", endpoints.commandDbLogin());
      kafkaLogin(command, endpoints, KafkaCredentials.RELAY);
      Map<String, String> query = common(options, endpoints, queryPort);
      query.put("REGISTRY_QUERY_DB_URL", endpoints.queryDbUrl());
      login(query, "REGISTRY_QUERY_DB_", endpoints.queryDbLogin());
      kafkaLogin(query, endpoints, KafkaCredentials.QUERY);
      specs.add(
          spec(
              COMMAND_SERVICE, instance, options.commandJar(), commandPort, command, logDirectory));
      specs.add(spec(QUERY_SERVICE, instance, options.queryJar(), queryPort, query, logDirectory));
    }
    return List.copyOf(specs);
  }

  private static ChildSpec spec(
      String service,
      int instance,
      Path jar,
      int port,
      Map<String, String> environment,
      Path logDirectory) {
    String name = name(service, instance);
    return new ChildSpec(
        name, jar, port, Map.copyOf(environment), logDirectory.resolve(name + ".log"));
  }

  /** command-service, command-service-2, ... */
  static String name(String service, int instance) {
    return instance == 1 ? service : service + "-" + instance;
  }

  /**
   * Each service with the environment it had, plus the issuer whose tokens it accepts (the
   * services' REGISTRY_OIDC_ISSUER_URI).
   */
  static List<ChildSpec> withIssuer(List<ChildSpec> specs, String issuer) {
    return specs.stream()
        .map(
            spec -> {
              Map<String, String> environment = new LinkedHashMap<>(spec.environment());
              environment.put("REGISTRY_OIDC_ISSUER_URI", issuer);
              return new ChildSpec(
                  spec.name(), spec.jar(), spec.port(), Map.copyOf(environment), spec.logFile());
            })
        .toList();
  }

  /**
   * The JVM options: the authorization server is small and little used, so a small heap and the
   * quick compiler only (measured here: up in 4.5 s instead of 6.8 s).
   */
  List<String> jvmOptions() {
    return switch (name) {
      case AUTHORIZATION_SERVER ->
          List.of("-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
      // Pages and sessions only: no database, no Kafka.
      case WORKBENCH -> List.of("-Xmx256m");
      default -> List.of("-Xmx512m");
    };
  }

  boolean isWorkbench() {
    return name.equals(WORKBENCH);
  }

  boolean isCommandService() {
    return name.startsWith(COMMAND_SERVICE);
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  /** Each service authenticates to the launcher's Kafka as its own principal. */
  private static void kafkaLogin(Map<String, String> env, Endpoints endpoints, String user) {
    endpoints
        .kafkaCredentials()
        .ifPresent(
            credentials -> {
              env.put("REGISTRY_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
              env.put("REGISTRY_KAFKA_SASL_MECHANISM", KafkaCredentials.MECHANISM);
              env.put("REGISTRY_KAFKA_SASL_USERNAME", user);
              env.put("REGISTRY_KAFKA_SASL_PASSWORD", credentials.password(user));
            });
  }

  private static Map<String, String> common(LaunchOptions options, Endpoints endpoints, int port) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SERVER_PORT", String.valueOf(port));
    env.put("REGISTRY_KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrapServers());
    if (options.startsKafka() && options.kafkaBrokers() > 1) {
      // The topic the command-service creates is replicated like the cluster's own topics.
      int size = options.kafkaBrokers();
      env.put(
          "REGISTRY_KAFKA_REPLICATION_FACTOR", String.valueOf(KafkaNode.replicationFactor(size)));
      env.put(
          "REGISTRY_KAFKA_MIN_INSYNC_REPLICAS", String.valueOf(KafkaNode.minInSyncReplicas(size)));
    }
    return env;
  }

  private static void login(Map<String, String> env, String prefix, Optional<PostgresLogin> login) {
    login.ifPresent(
        l -> {
          env.put(prefix + "USER", l.user());
          env.put(prefix + "PASSWORD", l.password());
        });
  }
}
