package org.disputeregistry.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disputeregistry.deploy.ServiceDeployment.Probe;

/** A Compose file's services. */
final class ComposeFile {

  private static final Pattern HEALTH_URL = Pattern.compile("http://localhost:(\\d+)(/[^\\s\"']*)");

  /** Compose's default stop_grace_period. */
  private static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(10);

  private final Path file;
  private final Map<String, Object> compose;

  ComposeFile(Path file) {
    this.file = file;
    this.compose = YamlFiles.mappings(file).get(0);
  }

  Map<String, Object> service(String name) {
    return YamlFiles.at(compose, "services", name);
  }

  ServiceDeployment deployment(String service) {
    Map<String, Object> definition = service(service);
    if (definition == null) {
      return null;
    }
    Map<String, String> environment = environment(definition);
    Set<Integer> ports = new LinkedHashSet<>();
    List<Object> published = YamlFiles.at(definition, "ports");
    if (published != null) {
      for (Object port : published) {
        String text = port.toString();
        ports.add(Integer.parseInt(text.substring(text.lastIndexOf(':') + 1).split("/")[0]));
      }
    }
    List<Probe> probes = new ArrayList<>();
    Object test = YamlFiles.at(definition, "healthcheck", "test");
    if (test != null) {
      Matcher url =
          HEALTH_URL.matcher(
              test instanceof List<?> list
                  ? String.join(" ", list.stream().map(String::valueOf).toList())
                  : test.toString());
      if (url.find()) {
        probes.add(new Probe(Integer.parseInt(url.group(1)), url.group(2)));
      }
    }
    String grace = YamlFiles.at(definition, "stop_grace_period");
    String memoryLimit = YamlFiles.at(definition, "mem_limit");
    long heap =
        JvmOptions.maxHeapMiB(
            environment.get("JAVA_TOOL_OPTIONS"),
            memoryLimit == null ? 0 : Durations.mebibytes(memoryLimit));
    return new ServiceDeployment(
        service,
        "compose/" + file.getFileName(),
        false,
        environment,
        ports,
        probes,
        grace == null ? DEFAULT_STOP_GRACE : Durations.parse(grace),
        heap);
  }

  private static Map<String, String> environment(Map<String, Object> definition) {
    Map<String, String> environment = new LinkedHashMap<>();
    Object given = definition.get("environment");
    if (given instanceof Map<?, ?> map) {
      map.forEach((name, value) -> environment.put(name.toString(), String.valueOf(value)));
    } else if (given instanceof List<?> list) {
      list.forEach(
          entry -> {
            String[] pair = entry.toString().split("=", 2);
            environment.put(pair[0], pair.length > 1 ? pair[1] : null);
          });
    }
    return environment;
  }
}
