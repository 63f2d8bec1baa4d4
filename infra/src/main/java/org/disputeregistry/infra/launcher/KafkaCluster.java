package org.disputeregistry.infra.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disputeregistry.infra.DataDirectory;
import org.disputeregistry.infra.KafkaNode;

/** The nodes of the launcher's Kafka cluster on a data directory, with their remembered ports. */
final class KafkaCluster {

  private KafkaCluster() {}

  /**
   * Where a node's ports come from: {@link RememberedPorts#port} or {@link
   * RememberedPorts#recorded}.
   */
  @FunctionalInterface
  interface Ports {
    int port(String name, int explicit);
  }

  /**
   * Node 1 keeps its log in {@code kafka/} (as a single node always did), node n in {@code
   * kafka-n/}.
   *
   * @param explicitPort the client port of node 1, 0 for the remembered or a free one
   * @throws IllegalStateException if the data directory holds a cluster of another size
   */
  static List<KafkaNode> plan(Path root, int size, int explicitPort, Ports ports) {
    List<KafkaNode> cluster = new ArrayList<>();
    for (int id = 1; id <= LaunchOptions.MAX_KAFKA_BROKERS; id++) {
      KafkaNode node =
          new KafkaNode(
              id,
              id <= size ? ports.port("kafka-" + id, id == 1 ? explicitPort : 0) : 0,
              id <= size ? ports.port("kafka-controller-" + id, 0) : 0,
              logDirectory(root, id));
      if (id <= size) {
        cluster.add(node);
      } else if (node.isFormatted()) {
        throw sizeChanged(root, size);
      }
    }
    boolean someFormatted = cluster.stream().anyMatch(KafkaNode::isFormatted);
    if (someFormatted && !cluster.stream().allMatch(KafkaNode::isFormatted)) {
      throw sizeChanged(root, size);
    }
    return List.copyOf(cluster);
  }

  static Path logDirectory(Path root, int id) {
    return id == 1 ? DataDirectory.kafkaLogs(root) : root.resolve("kafka-" + id);
  }

  private static IllegalStateException sizeChanged(Path root, int size) {
    return new IllegalStateException(
        "The Kafka data in "
            + root
            + " is of a cluster with another number of nodes than --kafka-brokers="
            + size
            + "; use that number, or --fresh to start over");
  }
}
