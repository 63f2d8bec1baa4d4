package org.disputeregistry.infra.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputeregistry.infra.KafkaAccess;
import org.disputeregistry.infra.KafkaCredentials;
import org.disputeregistry.infra.KafkaNode;
import org.disputeregistry.infra.supervision.Elapsed;
import org.disputeregistry.infra.supervision.SupervisedGroup;

/**
 * The launcher's Kafka: a KRaft cluster of broker JVMs on the data directory, or the external
 * cluster the options name. Nodes a killed launcher left running are adopted if fit; the others
 * start together (a new cluster needs a quorum), then each is supervised.
 */
final class KafkaStarter {

  /** The query-service's consumer group id (its application.yml): the prefix of its groups. */
  static final String QUERY_GROUP = "query-service";

  private static final Duration PROVISION_TIMEOUT = Duration.ofSeconds(60);

  private final Startup startup;

  KafkaStarter(Startup startup) {
    this.startup = startup;
  }

  /** Where the services find Kafka, and as whom, once every node serves. */
  record Started(String bootstrapServers, Optional<KafkaCredentials> credentials) {}

  /**
   * Returns once every node serves and the principals and ACLs are set ({@link KafkaAccess}); an
   * external Kafka is the services' configuration.
   */
  Started start(LaunchOptions options, RememberedPorts ports) {
    if (!options.startsKafka()) {
      String bootstrap = options.externalKafka().orElseThrow();
      startup.out().println("Kafka: using " + bootstrap);
      return new Started(bootstrap, Optional.empty());
    }
    Path root = options.dataDirectory();
    KafkaCredentials credentials = KafkaCredentials.loadOrCreate(KafkaCredentials.directory(root));
    int size = options.kafkaBrokers();
    List<KafkaNode> remembered =
        KafkaCluster.plan(root, size, options.kafkaPort(), ports::recorded);
    Map<Integer, JavaProcess> adopted = new HashMap<>();
    Map<String, Integer> adoptedPorts = new HashMap<>();
    for (KafkaNode node : remembered) {
      String name = KafkaBroker.name(node);
      startup
          .leftovers()
          .take(name, root, p -> KafkaBroker.whyNotAdopt(node, remembered, root, credentials, p))
          .ifPresent(
              p -> {
                adopted.put(node.id(), JavaProcess.adopt(name, p, root));
                adoptedPorts.put("kafka-" + node.id(), node.port());
                adoptedPorts.put("kafka-controller-" + node.id(), node.controllerPort());
              });
    }
    List<KafkaNode> cluster =
        KafkaCluster.plan(
            root,
            size,
            options.kafkaPort(),
            (name, explicit) ->
                ports.port(name, explicit != 0 ? explicit : adoptedPorts.getOrDefault(name, 0)));
    if (!adopted.isEmpty() && !cluster.equals(remembered)) {
      // A port of a node that starts afresh had to change: the adopted nodes know the old one.
      startup.out().println("Kafka's ports changed; stopping the adopted nodes to start them anew");
      adopted.values().forEach(JavaProcess::stop);
      adopted.clear();
    }
    if (options.kafkaPort() != 0 && !adopted.containsKey(1)) {
      Startup.requireFreePort(options.kafkaPort(), "Kafka", "REGISTRY_KAFKA_PORT");
    }
    Instant begin = Instant.now();
    startup
        .out()
        .print(
            "Kafka (KRaft, "
                + cluster.size()
                + (cluster.size() == 1 ? " node" : " nodes")
                + ", SASL with ACLs) on "
                + KafkaNode.bootstrapServers(cluster)
                + " (data: "
                + cluster.get(0).logDirectory().getParent()
                + ")... ");
    startup.out().flush();
    KafkaNode.formatNew(cluster);
    SupervisedGroup group = startup.group("Kafka");
    List<JavaProcess> brokers = new ArrayList<>();
    for (KafkaNode node : cluster) {
      JavaProcess running = adopted.get(node.id());
      brokers.add(
          group.start(
              () ->
                  running != null
                      ? running
                      : KafkaBroker.launch(node, cluster, root, credentials)));
    }
    for (int i = 0; i < cluster.size(); i++) {
      KafkaNode node = cluster.get(i);
      KafkaBroker.awaitReady(brokers.get(i), node, root, credentials);
      group.supervise(
          KafkaBroker.name(node),
          () -> KafkaBroker.start(node, cluster, root, credentials),
          brokers.get(i));
    }
    String bootstrap = KafkaNode.bootstrapServers(cluster);
    KafkaAccess.provision(
        bootstrap, credentials, Banner.CASE_EVENTS_TOPIC, QUERY_GROUP, PROVISION_TIMEOUT);
    startup.out().println("ready in " + Elapsed.since(begin));
    return new Started(bootstrap, Optional.of(credentials));
  }
}
