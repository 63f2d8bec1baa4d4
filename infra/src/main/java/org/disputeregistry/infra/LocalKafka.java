package org.disputeregistry.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
  private final int port;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LocalKafka(KafkaRaftServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * Formats the log directory if it has never been formatted, then starts the node.
   *
   * @param port the client port; the controller gets another free port. Both may differ from the
   *     previous run on the same directory: with a static voter set the voters come from the
   *     configuration, not from the log.
   */
  static LocalKafka start(Path logDirectory, int port) {
    KafkaNode node = new KafkaNode(NODE_ID, port, FreePorts.pick(), logDirectory);
    KafkaNode.formatNew(List.of(node));
    KafkaRaftServer server =
        new KafkaRaftServer(
            KafkaConfig.fromProps(node.configuration(List.of(node)), false), Time.SYSTEM);
    LocalKafka kafka = new LocalKafka(server, port);
    try {
      server.startup();
      KafkaReadiness.await(kafka.bootstrapServers(), READY_TIMEOUT);
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
    return "localhost:" + port;
  }

  int port() {
    return port;
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
