package org.disputeregistry.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.disputeregistry.deploy.ServiceDeployment.Probe;

/** The Kubernetes manifests under a folder, as written (before kustomize). */
final class KubernetesManifests {

  private static final List<String> PROBES =
      List.of("startupProbe", "livenessProbe", "readinessProbe");

  /** Kubernetes' default terminationGracePeriodSeconds. */
  private static final long DEFAULT_GRACE_SECONDS = 30;

  private final Map<Path, List<Map<String, Object>>> files = new LinkedHashMap<>();

  KubernetesManifests(Path folder) {
    YamlFiles.under(folder)
        .forEach(file -> files.put(folder.relativize(file), YamlFiles.mappings(file)));
  }

  /** Every document of the kind, with the file it is in. */
  Map<Map<String, Object>, Path> ofKind(String kind) {
    Map<Map<String, Object>, Path> documents = new LinkedHashMap<>();
    files.forEach(
        (file, inFile) ->
            inFile.stream()
                .filter(document -> kind.equals(document.get("kind")))
                .forEach(document -> documents.put(document, file)));
    return documents;
  }

  /** Each ConfigMap's data, by name. */
  Map<String, Map<String, String>> configMaps() {
    Map<String, Map<String, String>> configMaps = new HashMap<>();
    ofKind("ConfigMap")
        .keySet()
        .forEach(
            configMap -> {
              Map<String, Object> data = YamlFiles.at(configMap, "data");
              Map<String, String> values = new LinkedHashMap<>();
              if (data != null) {
                data.forEach((key, value) -> values.put(key, String.valueOf(value)));
              }
              configMaps.put(YamlFiles.at(configMap, "metadata", "name"), values);
            });
    return configMaps;
  }

  /** The Deployments' containers named after the service. */
  List<ServiceDeployment> deployments(String service) {
    List<ServiceDeployment> deployments = new ArrayList<>();
    ofKind("Deployment")
        .forEach(
            (deployment, file) -> {
              Map<String, Object> pod = YamlFiles.at(deployment, "spec", "template", "spec");
              for (Map<String, Object> container : YamlFiles.listAt(pod, "containers")) {
                if (service.equals(container.get("name"))) {
                  deployments.add(deployment(service, file, pod, container));
                }
              }
            });
    return deployments;
  }

  /** The Deployment's pod template labels, for the service's Deployments. */
  List<Map<String, Object>> podLabels(String service) {
    return ofKind("Deployment").keySet().stream()
        .filter(deployment -> service.equals(YamlFiles.at(deployment, "metadata", "name")))
        .map(
            deployment ->
                YamlFiles.<Map<String, Object>>at(
                    deployment, "spec", "template", "metadata", "labels"))
        .toList();
  }

  private ServiceDeployment deployment(
      String service, Path file, Map<String, Object> pod, Map<String, Object> container) {
    Map<String, String> environment = environment(container);
    Map<String, Integer> namedPorts = new HashMap<>();
    Set<Integer> ports = new LinkedHashSet<>();
    for (Map<String, Object> port : YamlFiles.listAt(container, "ports")) {
      Integer number = (Integer) port.get("containerPort");
      ports.add(number);
      if (port.get("name") != null) {
        namedPorts.put((String) port.get("name"), number);
      }
    }
    List<Probe> probes = new ArrayList<>();
    for (String kind : PROBES) {
      Map<String, Object> httpGet = YamlFiles.at(container, kind, "httpGet");
      if (httpGet != null) {
        Object port = httpGet.get("port");
        probes.add(
            new Probe(
                port instanceof Integer number ? number : namedPorts.getOrDefault(port, -1),
                (String) httpGet.get("path")));
      }
    }
    Object grace = pod.getOrDefault("terminationGracePeriodSeconds", DEFAULT_GRACE_SECONDS);
    Duration stopGrace =
        Duration.ofSeconds(((Number) grace).longValue()).minus(preStopDelay(container));
    String memoryLimit = YamlFiles.at(container, "resources", "limits", "memory");
    long heap =
        JvmOptions.maxHeapMiB(
            environment.get("JAVA_TOOL_OPTIONS"),
            memoryLimit == null ? 0 : Durations.mebibytes(memoryLimit));
    return new ServiceDeployment(
        service, "kubernetes/" + file, true, environment, ports, probes, stopGrace, heap);
  }

  /** Each variable by name; a Secret's value is "" (it is not in the repository). */
  private Map<String, String> environment(Map<String, Object> container) {
    if (container.get("envFrom") != null) {
      throw new IllegalStateException(
          container.get("name")
              + " takes variables by envFrom: name each one so they can be checked");
    }
    Map<String, Map<String, String>> configMaps = configMaps();
    Map<String, String> environment = new LinkedHashMap<>();
    for (Map<String, Object> variable : YamlFiles.listAt(container, "env")) {
      String name = (String) variable.get("name");
      Map<String, Object> configMapKey = YamlFiles.at(variable, "valueFrom", "configMapKeyRef");
      String value;
      if (configMapKey != null) {
        value =
            configMaps
                .getOrDefault((String) configMapKey.get("name"), Map.of())
                .get((String) configMapKey.get("key"));
      } else if (YamlFiles.at(variable, "valueFrom", "secretKeyRef") != null) {
        value = "";
      } else {
        value = Objects.toString(variable.get("value"), null);
      }
      environment.put(name, value);
    }
    return environment;
  }

  private static Duration preStopDelay(Map<String, Object> container) {
    Map<String, Object> preStop = YamlFiles.at(container, "lifecycle", "preStop");
    if (preStop == null) {
      return Duration.ZERO;
    }
    Number seconds = YamlFiles.at(preStop, "sleep", "seconds");
    if (seconds != null) {
      return Duration.ofSeconds(seconds.longValue());
    }
    List<Object> command = YamlFiles.at(preStop, "exec", "command");
    if (command != null && command.size() == 2 && "sleep".equals(command.get(0))) {
      return Duration.ofSeconds(Long.parseLong(command.get(1).toString()));
    }
    return Duration.ZERO;
  }
}
