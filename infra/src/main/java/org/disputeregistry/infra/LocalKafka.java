package org.disputeregistry.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * A single Kafka node in KRaft combined mode (broker and controller) inside this JVM, on a log
 * directory that outlives it.
 */
final class LocalKafka implements AutoCloseable {

  private static final int NODE_ID = 1;
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final KafkaRaftServer server;
  private final List<KafkaNode> nodes;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LocalKafka(KafkaRaftServer server, List<KafkaNode> nodes) {
    this.server = server;
    this.nodes = nodes;
  }

  /**
   * Formats the log directory if it has never been formatted, then starts the node.
   *
   * @param port the client port; the controller gets another free port. Both may differ from the
   *     previous run on the same directory: with a static voter set the voters come from the
   *     configuration, not from the log.
   */
  static LocalKafka start(Path logDirectory, int port) {
    return start(logDirectory, port, Optional.empty());
  }

  /**
   * @param sasl with credentials, the node requires SASL and ACLs as the launcher's brokers do
   *     ({@link KafkaSasl}); the other principals and their ACLs are the caller's to create
   */
  static LocalKafka start(Path logDirectory, int port, Optional<KafkaCredentials> sasl) {
    KafkaNode node = new KafkaNode(NODE_ID, port, FreePorts.pick(), logDirectory);
    List<KafkaNode> cluster = List.of(node);
    KafkaNode.formatNew(cluster);
    Properties configuration =
        sasl.map(c -> node.configuration(cluster, c)).orElseGet(() -> node.configuration(cluster));
    KafkaRaftServer server =
        new KafkaRaftServer(KafkaConfig.fromProps(configuration, false), Time.SYSTEM);
    LocalKafka kafka = new LocalKafka(server, cluster);
    try {
      server.startup();
      KafkaReadiness.await(
          kafka.bootstrapServers(),
          sasl.map(KafkaSasl::superUserClient).orElse(Map.of()),
          READY_TIMEOUT);
      return kafka;
    } catch (RuntimeException e) {
      try {
        kafka.close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  String bootstrapServers() {
    return KafkaNode.bootstrapServers(nodes);
  }

  int port() {
    return nodes.get(0).port();
  }

  List<KafkaNode> nodes() {
    return nodes;
  }

  /** Controlled shutdown, then waits for the node's threads. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.shutdown();
      server.awaitShutdown();
    }
  }
}
