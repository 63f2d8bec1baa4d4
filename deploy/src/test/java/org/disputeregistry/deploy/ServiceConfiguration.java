package org.disputeregistry.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service reads from its environment, as its {@code application.yml} says: the variables of
 * its {@code ${VAR:default}} placeholders, the properties an environment variable can set by
 * Spring's relaxed binding, its port, its health paths and its shutdown.
 */
final class ServiceConfiguration {

  /** A placeholder naming an environment variable (upper case), with or without a default. */
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

  /** Spring Boot's default {@code spring.lifecycle.timeout-per-shutdown-phase}. */
  private static final Duration DEFAULT_SHUTDOWN_PHASE = Duration.ofSeconds(30);

  private final String name;
  private final Map<String, String> properties;

  private ServiceConfiguration(String name, Map<String, String> properties) {
    this.name = name;
    this.properties = properties;
  }

  /** The service built by the module of that name in the repository. */
  static ServiceConfiguration of(Path repository, String service) {
    Path yml = repository.resolve(service).resolve("src/main/resources/application.yml");
    Map<String, String> properties = new LinkedHashMap<>();
    YamlFiles.documents(yml).forEach(document -> flatten("", document, properties));
    return new ServiceConfiguration(service, properties);
  }

  String name() {
    return name;
  }

  /** Each variable the placeholders read, and whether the placeholder gives it a default. */
  Map<String, Boolean> variables() {
    Map<String, Boolean> variables = new LinkedHashMap<>();
    properties
        .values()
        .forEach(
            value -> {
              Matcher matcher = VARIABLE.matcher(value);
              while (matcher.find()) {
                variables.merge(matcher.group(1), !matcher.group(2).isEmpty(), Boolean::logicalAnd);
              }
            });
    return variables;
  }

  /**
   * Whether the service reads the variable: a placeholder names it, or it is the relaxed-binding
   * form of one of its properties (REGISTRY_KAFKA_ACKTIMEOUT sets registry.kafka.ack-timeout).
   */
  boolean reads(String variable) {
    return variables().containsKey(variable)
        || properties.keySet().stream()
            .map(ServiceConfiguration::environmentForm)
            .anyMatch(variable::equals);
  }

  /** The property's value with its placeholders resolved from the environment or their defaults. */
  String resolved(String key, Map<String, String> environment) {
    String value = properties.get(key);
    if (value == null) {
      return null;
    }
    String relaxed = environment.get(environmentForm(key));
    if (relaxed != null) {
      return relaxed;
    }
    Matcher matcher = PLACEHOLDER.matcher(value);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      String replacement = environment.get(matcher.group(1));
      if (replacement == null) {
        replacement =
            matcher.group(2) != null ? matcher.group(2) : resolved(matcher.group(1), environment);
      }
      matcher.appendReplacement(resolved, Matcher.quoteReplacement(String.valueOf(replacement)));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
  }

  int port(Map<String, String> environment) {
    String port = resolved("server.port", environment);
    return port == null ? 8080 : Integer.parseInt(port);
  }

  /**
   * The health paths the service answers: the health endpoint if exposed, its groups, and the
   * liveness and readiness groups where probes are enabled (Spring Boot enables them by itself on
   * Kubernetes).
   */
  Set<String> healthPaths(boolean onKubernetes) {
    Set<String> paths = new TreeSet<>();
    String exposed = properties.getOrDefault("management.endpoints.web.exposure.include", "health");
    List<String> endpoints = Arrays.stream(exposed.split(",")).map(String::trim).toList();
    if (!endpoints.contains("health") && !endpoints.contains("*")) {
      return paths;
    }
    String health =
        properties.getOrDefault("management.endpoints.web.base-path", "/actuator") + "/health";
    paths.add(health);
    boolean probes =
        Boolean.parseBoolean(
            properties.getOrDefault(
                "management.endpoint.health.probes.enabled", String.valueOf(onKubernetes)));
    if (probes) {
      paths.add(health + "/liveness");
      paths.add(health + "/readiness");
    }
    String groups = "management.endpoint.health.group.";
    properties.keySet().stream()
        .filter(key -> key.startsWith(groups))
        .map(key -> key.substring(groups.length()).split("\\.")[0])
        .forEach(group -> paths.add(health + "/" + group));
    return paths;
  }

  boolean shutsDownGracefully() {
    return "graceful".equals(properties.get("server.shutdown"));
  }

  Duration shutdownPhase() {
    String phase = properties.get("spring.lifecycle.timeout-per-shutdown-phase");
    return phase == null ? DEFAULT_SHUTDOWN_PHASE : Durations.parse(phase);
  }

  /** The environment variable that sets the property by relaxed binding. */
  static String environmentForm(String key) {
    return key.replace("-", "")
        .replace('.', '_')
        .replaceAll("\\[\\d+]", "")
        .toUpperCase(Locale.ROOT);
  }

  private static void flatten(String prefix, Object node, Map<String, String> properties) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) ->
              flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, value, properties));
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        flatten(prefix + "[" + i + "]", list.get(i), properties);
      }
    } else if (node != null) {
      properties.put(prefix, node.toString());
    }
  }
}
