package org.disputeregistry.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single Kafka node in KRaft combined mode (broker and controller) inside this JVM, on a log
 * directory that outlives it.
 */
final class LocalKafka implements AutoCloseable {

  private static final int NODE_ID = 1;
  private static final String CONTROLLER_LISTENER = "CONTROLLER";
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
    try {
      Files.createDirectories(logDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + logDirectory, e);
    }
    int controllerPort = FreePorts.pick();
    if (!Files.exists(logDirectory.resolve("meta.properties"))) {
      format(logDirectory);
    }
    KafkaRaftServer server =
        new KafkaRaftServer(
            KafkaConfig.fromProps(configuration(logDirectory, port, controllerPort), false),
            Time.SYSTEM);
    LocalKafka kafka = new LocalKafka(server, port);
    try {
      server.startup();
      kafka.awaitBrokerAnswers();
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

  static Properties configuration(Path logDirectory, int port, int controllerPort) {
    Properties p = new Properties();
    p.putAll(
        Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", String.valueOf(NODE_ID)),
            Map.entry("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort),
            Map.entry(
                "listeners",
                "PLAINTEXT://127.0.0.1:"
                    + port
                    + ","
                    + CONTROLLER_LISTENER
                    + "://127.0.0.1:"
                    + controllerPort),
            Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
            Map.entry("controller.listener.names", CONTROLLER_LISTENER),
            Map.entry("inter.broker.listener.name", "PLAINTEXT"),
            Map.entry(
                "listener.security.protocol.map",
                "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"),
            Map.entry("log.dirs", logDirectory.toString()),
            // Topics are declared by the services, never created by a typo in a topic name.
            Map.entry("auto.create.topics.enable", "false"),
            Map.entry("num.partitions", "6"),
            Map.entry("default.replication.factor", "1"),
            Map.entry("min.insync.replicas", "1"),
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("offsets.topic.num.partitions", "6"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("transaction.state.log.num.partitions", "6"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            // A local registry keeps its events: the default would drop them after 7 days.
            Map.entry("log.retention.ms", "-1"),
            // One node on a small machine: few threads, and a log cleaner buffer that does not
            // take 128 MB of heap.
            Map.entry("num.network.threads", "2"),
            Map.entry("num.io.threads", "2"),
            Map.entry("background.threads", "2"),
            Map.entry("num.recovery.threads.per.data.dir", "1"),
            Map.entry("log.cleaner.threads", "1"),
            Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024)),
            Map.entry("log.index.size.max.bytes", String.valueOf(1024 * 1024))));
    return p;
  }

  private static void format(Path logDirectory) {
    try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream())) {
      new Formatter()
          .setPrintStream(quiet)
          .setNodeId(NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .setDirectories(List.of(logDirectory.toString()))
          .setMetadataLogDirectory(logDirectory.toString())
          .setControllerListenerName(CONTROLLER_LISTENER)
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot format Kafka log directory " + logDirectory, e);
    }
  }

  /** startup() returns once the broker is unfenced; one admin round trip proves it serves. */
  private void awaitBrokerAnswers() {
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
            10_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            (int) READY_TIMEOUT.toMillis());
    try (Admin admin = Admin.create(config)) {
      admin.describeCluster().nodes().get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Kafka", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka on port " + port + " did not answer", e);
    }
  }
}
