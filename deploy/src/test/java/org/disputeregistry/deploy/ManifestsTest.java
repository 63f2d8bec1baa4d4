package org.disputeregistry.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Checks the Kubernetes manifests and the Compose file against what the services read from their
 * environment ({@code application.yml}) and against docs/operations.md, without a cluster: a
 * variable renamed on one side only, a port or probe path that the service does not serve, an
 * undocumented setting or a topic unlike the one the services expect fails here.
 */
class ManifestsTest {

  private static final Path DEPLOY = Path.of("").toAbsolutePath();
  private static final Path REPOSITORY = DEPLOY.getParent();
  private static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
  private static final Path COMPOSE = DEPLOY.resolve("compose/compose.yaml");
  private static final Path DATABASES_SQL =
      KUBERNETES.resolve("prerequisites/databases/databases.sql");

  private static final List<String> SERVICES = List.of("command-service", "query-service");

  /** Read by the JVM itself, not by the services' configuration. */
  private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

  /** The heap budget each service was benchmarked with (docs/benchmarks.md). */
  private static final long HEAP_BUDGET_MIB = 512;

  private final KubernetesManifests manifests = new KubernetesManifests(KUBERNETES);
  private final ComposeFile compose = new ComposeFile(COMPOSE);
  private final OperationsDoc operations =
      new OperationsDoc(REPOSITORY.resolve("docs/operations.md"));

  @Test
  void everyYamlDocumentParses() {
    List<Path> files = YamlFiles.under(DEPLOY);
    assertThat(files).hasSizeGreaterThan(5);
    files.forEach(
        file ->
            assertThatCode(() -> assertThat(YamlFiles.documents(file)).isNotEmpty())
                .as(DEPLOY.relativize(file).toString())
                .doesNotThrowAnyException());
  }

  @Test
  void everyServiceIsDeployedOnKubernetesAndByCompose() {
    for (String service : SERVICES) {
      assertThat(manifests.deployments(service)).as(service + " on Kubernetes").hasSize(1);
      assertThat(compose.deployment(service)).as(service + " in compose").isNotNull();
    }
  }

  @Test
  void containerPortsAreThePortsTheServicesListenOn() {
    SoftAssertions softly = new SoftAssertions();
    for (ServiceDeployment deployment : deployments()) {
      int port = configuration(deployment).port(deployment.environment());
      softly
          .assertThat(deployment.containerPorts())
          .as("container ports of %s in %s", deployment.service(), deployment.where())
          .containsExactly(port);
      deployment
          .probes()
          .forEach(
              probe ->
                  softly
                      .assertThat(probe.port())
                      .as(
                          "probe %s of %s in %s",
                          probe.path(), deployment.service(), deployment.where())
                      .isEqualTo(port));
    }
    softly.assertAll();
  }

  @Test
  void probesAskForHealthPathsTheServicesServe() {
    SoftAssertions softly = new SoftAssertions();
    for (ServiceDeployment deployment : deployments()) {
      Set<String> served = configuration(deployment).healthPaths(deployment.onKubernetes());
      softly
          .assertThat(deployment.probes())
          .as("probes of %s in %s", deployment.service(), deployment.where())
          .isNotEmpty();
      deployment
          .probes()
          .forEach(
              probe ->
                  softly
                      .assertThat(served)
                      .as("health paths %s serves in %s", deployment.service(), deployment.where())
                      .contains(probe.path()));
    }
    softly.assertAll();
  }

  @Test
  void everyVariableTheServicesReadIsDocumentedAndSetUnlessItHasADefault() {
    Set<String> documented = operations.documentedVariables();
    SoftAssertions softly = new SoftAssertions();
    for (String service : SERVICES) {
      ServiceConfiguration configuration = ServiceConfiguration.of(REPOSITORY, service);
      configuration
          .variables()
          .forEach(
              (variable, hasDefault) -> {
                softly
                    .assertThat(documented)
                    .as("docs/operations.md documents %s", variable)
                    .contains(variable);
                if (!hasDefault) {
                  for (ServiceDeployment deployment : deployments(service)) {
                    softly
                        .assertThat(deployment.environment())
                        .as("%s has no default: %s sets it", variable, deployment.where())
                        .containsKey(variable);
                  }
                }
              });
    }
    softly.assertAll();
  }

  /** The workbench is not deployed by the manifests (yet), but its variables are documented too. */
  @Test
  void everyVariableTheWorkbenchReadsIsDocumented() {
    Set<String> documented = operations.documentedVariables();
    assertThat(ServiceConfiguration.of(REPOSITORY, "workbench").variables().keySet())
        .isNotEmpty()
        .allSatisfy(
            variable ->
                assertThat(documented)
                    .as("docs/operations.md documents %s", variable)
                    .contains(variable));
  }

  @Test
  void noVariableSetForAServiceIsUnknownToItOrUndocumented() {
    Set<String> documented = operations.documentedVariables();
    SoftAssertions softly = new SoftAssertions();
    for (ServiceDeployment deployment : deployments()) {
      ServiceConfiguration configuration = configuration(deployment);
      for (String variable : deployment.environment().keySet()) {
        softly
            .assertThat(JVM_VARIABLES.contains(variable) || configuration.reads(variable))
            .as("%s reads %s, set in %s", deployment.service(), variable, deployment.where())
            .isTrue();
        softly
            .assertThat(documented)
            .as("docs/operations.md documents %s", variable)
            .contains(variable);
      }
    }
    softly.assertAll();
  }

  @Test
  void configMapAndSecretReferencesResolve() {
    Map<String, Map<String, String>> configMaps = manifests.configMaps();
    SoftAssertions softly = new SoftAssertions();
    for (ServiceDeployment deployment : deployments()) {
      deployment
          .environment()
          .forEach(
              (variable, value) ->
                  softly
                      .assertThat(value)
                      .as("value of %s in %s", variable, deployment.where())
                      .isNotNull());
    }
    softly.assertThat(configMaps).containsKey("registry-config");
    for (String secret :
        List.of("command-service-db", "query-service-db", "registry-postgres-admin")) {
      softly
          .assertThat(operations.mentions(secret))
          .as("docs/operations.md says how to create Secret %s", secret)
          .isTrue();
    }
    softly.assertAll();
  }

  @Test
  void theHeapStaysWithinTheBenchmarkedBudget() {
    for (ServiceDeployment deployment : deployments()) {
      assertThat(deployment.heapMiB())
          .as("maximum heap of %s in %s (MiB)", deployment.service(), deployment.where())
          .isLessThanOrEqualTo(HEAP_BUDGET_MIB);
    }
  }

  @Test
  void thePlatformWaitsForTheGracefulShutdownBeforeKilling() {
    for (ServiceDeployment deployment : deployments()) {
      ServiceConfiguration configuration = configuration(deployment);
      assertThat(configuration.shutsDownGracefully())
          .as(deployment.service() + " server.shutdown")
          .isTrue();
      assertThat(deployment.stopGrace())
          .as(
              "%s in %s: grace after any pre-stop delay vs Spring's shutdown phase",
              deployment.service(), deployment.where())
          .isGreaterThan(configuration.shutdownPhase());
    }
  }

  @Test
  void everyReplicatedServiceHasADisruptionBudgetSelectingItsPods() {
    List<Map<String, Object>> budgets =
        new ArrayList<>(manifests.ofKind("PodDisruptionBudget").keySet());
    for (String service : SERVICES) {
      Map<String, Object> labels = manifests.podLabels(service).get(0);
      assertThat(budgets)
          .as("a PodDisruptionBudget for " + service)
          .anySatisfy(
              budget -> {
                Map<String, Object> selector =
                    YamlFiles.at(budget, "spec", "selector", "matchLabels");
                assertThat(labels).containsAllEntriesOf(selector);
              });
    }
  }

  @Test
  void theTopicIsCreatedAsTheServicesExpectIt() {
    ServiceConfiguration command = ServiceConfiguration.of(REPOSITORY, "command-service");
    ServiceConfiguration query = ServiceConfiguration.of(REPOSITORY, "query-service");
    String topic = command.resolved("registry.kafka.topic", Map.of());
    String partitions = command.resolved("registry.kafka.partitions", Map.of());
    assertThat(query.resolved("registry.kafka.topic", Map.of())).isEqualTo(topic);

    Map<String, String> job = jobEnvironment("registry-kafka-topic");
    assertThat(job)
        .containsEntry("TOPIC", topic)
        .containsEntry("PARTITIONS", partitions)
        .containsEntry("REPLICATION_FACTOR", "3")
        .containsEntry("MIN_INSYNC_REPLICAS", "2")
        .containsEntry("RETENTION_MS", "-1")
        .containsEntry("CLEANUP_POLICY", "delete")
        .containsEntry("UNCLEAN_LEADER_ELECTION", "false");

    Map<String, Object> strimzi = manifests.ofKind("KafkaTopic").keySet().iterator().next();
    assertThat(YamlFiles.<Object>at(strimzi, "spec", "topicName")).isEqualTo(topic);
    assertThat(YamlFiles.<Object>at(strimzi, "spec", "partitions").toString())
        .isEqualTo(partitions);
    assertThat(YamlFiles.<Object>at(strimzi, "spec", "replicas")).isEqualTo(3);
    assertThat(YamlFiles.<Map<String, Object>>at(strimzi, "spec", "config"))
        .containsEntry("min.insync.replicas", 2)
        .containsEntry("retention.ms", -1)
        .containsEntry("cleanup.policy", "delete")
        .containsEntry("unclean.leader.election.enable", false);

    String composeTopic =
        String.join(" ", YamlFiles.<List<String>>at(compose.service("kafka-topic"), "command"));
    assertThat(composeTopic)
        .contains("--topic " + topic)
        .contains("--partitions " + partitions)
        .contains("retention.ms=-1")
        .contains("cleanup.policy=delete")
        .contains("unclean.leader.election.enable=false");
  }

  @Test
  void theDatabaseUrlsNameTheDatabasesTheSqlCreates() throws Exception {
    Set<String> created = new TreeSet<>();
    Matcher matcher =
        Pattern.compile("CREATE DATABASE (\\w+)").matcher(Files.readString(DATABASES_SQL));
    while (matcher.find()) {
      created.add(matcher.group(1));
    }
    assertThat(created).hasSize(2);
    for (ServiceDeployment deployment : deployments()) {
      String url =
          configuration(deployment).resolved("spring.datasource.url", deployment.environment());
      assertThat(url.replaceAll("\\?.*", "").replaceAll(".*/", ""))
          .as("database of %s in %s", deployment.service(), deployment.where())
          .isIn(created);
    }
  }

  @Test
  void everyFileAKustomizationNamesExists() {
    manifests
        .ofKind("Kustomization")
        .forEach(
            (kustomization, file) -> {
              Path folder = KUBERNETES.resolve(file).getParent();
              List<String> named = new ArrayList<>(YamlFiles.strings(kustomization, "resources"));
              for (Map<String, Object> generator :
                  YamlFiles.listAt(kustomization, "configMapGenerator")) {
                named.addAll(YamlFiles.strings(generator, "files"));
              }
              named.forEach(
                  name -> assertThat(folder.resolve(name)).as(file + " names " + name).exists());
            });
  }

  @Test
  void overlaysReplaceTheServicesImagesByTheNamesTheBuildGivesThem() {
    Set<String> images = new TreeSet<>();
    manifests
        .ofKind("Deployment")
        .keySet()
        .forEach(
            deployment ->
                YamlFiles.listAt(deployment, "spec", "template", "spec", "containers").stream()
                    .filter(container -> SERVICES.contains(container.get("name")))
                    .forEach(container -> images.add((String) container.get("image"))));
    manifests
        .ofKind("Kustomization")
        .forEach(
            (kustomization, file) -> {
              for (Map<String, Object> image : YamlFiles.listAt(kustomization, "images")) {
                String name = (String) image.get("name");
                assertThat(images).as(file + " replaces image " + name).contains(name);
                // -Pimages names an image <image.registry>/<module>:<image.tag>
                assertThat((String) image.get("newName"))
                    .endsWith(name.substring(name.lastIndexOf('/')));
              }
            });
  }

  private Map<String, String> jobEnvironment(String job) {
    Map<String, Object> document =
        manifests.ofKind("Job").keySet().stream()
            .filter(candidate -> job.equals(YamlFiles.at(candidate, "metadata", "name")))
            .findFirst()
            .orElseThrow();
    Map<String, String> environment = new HashMap<>();
    for (Map<String, Object> variable :
        YamlFiles.listAt(document, "spec", "template", "spec", "containers", 0, "env")) {
      if (variable.get("value") != null) {
        environment.put((String) variable.get("name"), variable.get("value").toString());
      }
    }
    return environment;
  }

  private List<ServiceDeployment> deployments() {
    return SERVICES.stream().flatMap(service -> deployments(service).stream()).toList();
  }

  private List<ServiceDeployment> deployments(String service) {
    List<ServiceDeployment> deployments = new ArrayList<>(manifests.deployments(service));
    ServiceDeployment composed = compose.deployment(service);
    if (composed != null) {
      deployments.add(composed);
    }
    return deployments;
  }

  private static ServiceConfiguration configuration(ServiceDeployment deployment) {
    return ServiceConfiguration.of(REPOSITORY, deployment.service());
  }
}
