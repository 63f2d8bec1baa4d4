package org.disputeregistry.infra.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher was asked to do, from its arguments and environment. Parsing is pure so that
 * every rule can be unit-tested.
 */
record LaunchOptions(
    Path commandJar,
    Path queryJar,
    Path dataDirectory,
    boolean fresh,
    int commandPort,
    int queryPort,
    int postgresPort,
    int kafkaPort,
    Optional<ExternalDatabases> externalDatabases,
    Optional<String> externalKafka,
    Optional<String> demo,
    int instances,
    int kafkaBrokers,
    IdentityOptions identity,
    WorkbenchOptions workbench) {

  static final int MAX_INSTANCES = 4;
  static final int MAX_KAFKA_BROKERS = 5;

  static final String USAGE =
      """
      Usage: java -jar infra.jar --command-jar=PATH --query-jar=PATH [--data-dir=PATH] [--fresh]
                                 [--demo=full|test|none] [--instances=N] [--kafka-brokers=N]
                                 [--auth-jar=PATH] [--workbench-jar=PATH]

        --command-jar=PATH  runnable jar of command-service
        --query-jar=PATH    runnable jar of query-service
        --auth-jar=PATH     runnable jar of the embedded authorization server, started before
                            the services unless REGISTRY_OIDC_ISSUER_URI names another provider
        --workbench-jar=PATH
                            runnable jar of the workbench (the web application), started
                            after the services; it signs users in at the identity provider
        --data-dir=PATH     PostgreSQL data, Kafka logs and service logs
                            (default: $REGISTRY_DATA_DIR, else .data)
        --fresh             wipe the data directory first
        --demo=SCALE        load the demo years 2021-2023 through the command side: full
                            (2023: 92,000 petitions, 1.13 million person-times; 2021 and 2022
                            smaller), test (reduced volumes with the same rates) or none. Default: full on the first start with the
                            embedded PostgreSQL, none with an external one.
        --instances=N       run N command-services (sharing the event store) and N
                            query-services (sharing the topic's partitions), 1-4. Default 1.
                            The first pair listens on the ports below, the others on the
                            ports after the higher of the two.
        --kafka-brokers=N   run the embedded Kafka as a KRaft cluster of N nodes (each broker
                            and controller, its own process and log directory), 1-5; with 3 or
                            more the topic has 3 replicas and min.insync.replicas=2. Default 1.
                            A data directory keeps the size it was created with (--fresh).

      ./run.sh token ACCOUNT [--data-dir=PATH] prints an access token of the embedded
      authorization server for a demo account (or report-generator / demo-loader).

      A service, PostgreSQL or a Kafka node that dies is restarted (back-off 1 s doubling to
      30 s); what an earlier launcher on the same data directory left running is stopped first.

      Environment: REGISTRY_COMMAND_PORT (8081), REGISTRY_QUERY_PORT (8082),
        REGISTRY_AUTH_PORT (9000), REGISTRY_WORKBENCH_PORT (8080), REGISTRY_OIDC_ISSUER_URI to use an external OpenID Connect
        provider instead of the embedded authorization server (then the workbench needs
        REGISTRY_WORKBENCH_CLIENT_SECRET, its client's secret there),
        REGISTRY_POSTGRES_PORT, REGISTRY_KAFKA_PORT (default: a free port);
        REGISTRY_COMMAND_DB_URL + REGISTRY_QUERY_DB_URL to use an existing PostgreSQL (the
        services log in as REGISTRY_COMMAND_DB_USER / _PASSWORD and REGISTRY_QUERY_DB_USER /
        _PASSWORD), REGISTRY_KAFKA_BOOTSTRAP_SERVERS an existing Kafka (with
        REGISTRY_KAFKA_SECURITY_PROTOCOL, REGISTRY_KAFKA_SASL_USERNAME and
        REGISTRY_KAFKA_SASL_PASSWORD for TLS/SASL). The embedded PostgreSQL gets a role per
        service; their passwords are kept in DATA/postgres-roles.properties. The embedded Kafka
        requires SASL/SCRAM and ACLs; its passwords are generated into DATA/kafka-auth/. No
        password is ever printed.
      """;

  /**
   * JDBC URLs of databases on a server the launcher does not run. The services log in with the
   * variables they inherit from the launcher's environment (REGISTRY_COMMAND_DB_USER, ...).
   */
  record ExternalDatabases(String commandUrl, String queryUrl) {}

  /** Thrown with a message meant for the person who typed the command. */
  static final class InvalidOptionsException extends RuntimeException {
    InvalidOptionsException(String message) {
      super(message);
    }
  }

  static boolean wantsHelp(List<String> args) {
    return args.contains("--help") || args.contains("-h");
  }

  static LaunchOptions parse(List<String> args, Map<String, String> env, Path workingDirectory) {
    Path commandJar = null;
    Path queryJar = null;
    Path authJar = null;
    Path workbenchJar = null;
    Path dataDirectory = null;
    boolean fresh = false;
    Optional<String> demo = Optional.empty();
    int instances = 1;
    int kafkaBrokers = 1;
    List<String> unknown = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--fresh")) {
        fresh = true;
      } else if (arg.startsWith("--command-jar=")) {
        commandJar = path(arg, workingDirectory);
      } else if (arg.startsWith("--query-jar=")) {
        queryJar = path(arg, workingDirectory);
      } else if (arg.startsWith("--auth-jar=")) {
        authJar = path(arg, workingDirectory);
      } else if (arg.startsWith("--workbench-jar=")) {
        workbenchJar = path(arg, workingDirectory);
      } else if (arg.startsWith("--data-dir=")) {
        dataDirectory = path(arg, workingDirectory);
      } else if (arg.startsWith("--demo=")) {
        demo = Optional.of(arg.substring("--demo=".length()));
        if (!List.of("full", "test", "none").contains(demo.get())) {
          throw new InvalidOptionsException("--demo is full, test or none, not " + demo.get());
        }
      } else if (arg.startsWith("--instances=")) {
        instances = count(arg, MAX_INSTANCES);
      } else if (arg.startsWith("--kafka-brokers=")) {
        kafkaBrokers = count(arg, MAX_KAFKA_BROKERS);
      } else {
        unknown.add(arg);
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidOptionsException("Unknown argument(s): " + String.join(" ", unknown));
    }
    if (commandJar == null || queryJar == null) {
      throw new InvalidOptionsException(
          "Both --command-jar=PATH and --query-jar=PATH are required");
    }
    if (dataDirectory == null) {
      dataDirectory =
          workingDirectory.resolve(nonBlank(env, "REGISTRY_DATA_DIR").orElse(".data")).normalize();
    }
    int commandPort = port(env, "REGISTRY_COMMAND_PORT", 8081);
    int queryPort = port(env, "REGISTRY_QUERY_PORT", 8082);
    if (commandPort == queryPort) {
      throw new InvalidOptionsException(
          "REGISTRY_COMMAND_PORT and REGISTRY_QUERY_PORT are both " + commandPort);
    }
    if (kafkaBrokers > 1 && nonBlank(env, "REGISTRY_KAFKA_BOOTSTRAP_SERVERS").isPresent()) {
      throw new InvalidOptionsException(
          "--kafka-brokers is the size of the Kafka the launcher runs; with"
              + " REGISTRY_KAFKA_BOOTSTRAP_SERVERS set it runs none");
    }
    LaunchOptions options =
        new LaunchOptions(
            commandJar,
            queryJar,
            dataDirectory,
            fresh,
            commandPort,
            queryPort,
            port(env, "REGISTRY_POSTGRES_PORT", 0),
            port(env, "REGISTRY_KAFKA_PORT", 0),
            externalDatabases(env),
            nonBlank(env, "REGISTRY_KAFKA_BOOTSTRAP_SERVERS"),
            demo,
            instances,
            kafkaBrokers,
            new IdentityOptions(
                Optional.ofNullable(authJar),
                port(env, "REGISTRY_AUTH_PORT", IdentityOptions.DEFAULT_PORT),
                nonBlank(env, "REGISTRY_OIDC_ISSUER_URI")),
            new WorkbenchOptions(
                Optional.ofNullable(workbenchJar),
                port(env, "REGISTRY_WORKBENCH_PORT", WorkbenchOptions.DEFAULT_PORT),
                nonBlank(env, "REGISTRY_WORKBENCH_CLIENT_SECRET").isPresent()));
    int authPort = options.identity().port();
    if (options.identity().startsServer() && options.servicePorts().contains(authPort)) {
      throw new InvalidOptionsException(
          "REGISTRY_AUTH_PORT " + authPort + " is also a service's port");
    }
    int workbenchPort = options.workbench().port();
    if (options.workbench().jar().isPresent()
        && (options.servicePorts().contains(workbenchPort)
            || (options.identity().startsServer() && authPort == workbenchPort))) {
      throw new InvalidOptionsException(
          "REGISTRY_WORKBENCH_PORT " + workbenchPort + " is also another part's port");
    }
    return options;
  }

  /**
   * The services' ports in the order command, query, command, query...: instance 1 on the
   * configured ports, the others on the ports after the higher of the two.
   */
  List<Integer> servicePorts() {
    List<Integer> ports = new ArrayList<>(List.of(commandPort, queryPort));
    int next = Math.max(commandPort, queryPort) + 1;
    while (ports.size() < 2 * instances) {
      ports.add(next++);
    }
    return List.copyOf(ports);
  }

  /**
   * The demo scale to load now, if any: as asked, else full into a new embedded database (never by
   * default into somebody's external one).
   */
  Optional<String> demoToLoad(boolean newDataDirectory) {
    String scale = demo.orElse(newDataDirectory && startsPostgres() ? "full" : "none");
    return scale.equals("none") ? Optional.empty() : Optional.of(scale);
  }

  boolean startsPostgres() {
    return externalDatabases.isEmpty();
  }

  boolean startsKafka() {
    return externalKafka.isEmpty();
  }

  /** Both URLs or neither: one database on the launcher's server and one elsewhere is a mistake. */
  private static Optional<ExternalDatabases> externalDatabases(Map<String, String> env) {
    Optional<String> command = nonBlank(env, "REGISTRY_COMMAND_DB_URL");
    Optional<String> query = nonBlank(env, "REGISTRY_QUERY_DB_URL");
    if (command.isEmpty() && query.isEmpty()) {
      return Optional.empty();
    }
    if (command.isEmpty() || query.isEmpty()) {
      String missing = command.isEmpty() ? "REGISTRY_COMMAND_DB_URL" : "REGISTRY_QUERY_DB_URL";
      throw new InvalidOptionsException(
          missing
              + " is not set: set both REGISTRY_COMMAND_DB_URL and REGISTRY_QUERY_DB_URL to use an"
              + " existing PostgreSQL, or neither to run the embedded one");
    }
    return Optional.of(new ExternalDatabases(command.get(), query.get()));
  }

  private static int count(String arg, int max) {
    String value = arg.substring(arg.indexOf('=') + 1).trim();
    String name = arg.substring(0, arg.indexOf('='));
    if (!value.matches("\\d{1,2}")
        || Integer.parseInt(value) < 1
        || Integer.parseInt(value) > max) {
      throw new InvalidOptionsException(name + " is a number from 1 to " + max + ", not " + value);
    }
    return Integer.parseInt(value);
  }

  private static Path path(String arg, Path workingDirectory) {
    String value = arg.substring(arg.indexOf('=') + 1);
    if (value.isBlank()) {
      throw new InvalidOptionsException(arg + " needs a path");
    }
    return workingDirectory.resolve(value).normalize();
  }

  private static int port(Map<String, String> env, String name, int defaultPort) {
    Optional<String> value = nonBlank(env, name);
    if (value.isEmpty()) {
      return defaultPort;
    }
    String problem = name + " must be a port number (1-65535): " + value.get();
    int port;
    try {
      port = Integer.parseInt(value.get().trim());
    } catch (NumberFormatException e) {
      throw new InvalidOptionsException(problem);
    }
    if (port < 1 || port > 65_535) {
      throw new InvalidOptionsException(problem);
    }
    return port;
  }

  private static Optional<String> nonBlank(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
  }
}
