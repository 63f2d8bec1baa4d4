package org.disputeregistry.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One node of a KRaft cluster in combined mode (broker and controller, each node a voter), with its
 * ports and log directory, wherever it runs (in this JVM or as a process).
 */
public record KafkaNode(int id, int port, int controllerPort, Path logDirectory) {

  static final String CONTROLLER_LISTENER = "CONTROLLER";

  /** Replicas of each partition: every node up to three. */
  public static int replicationFactor(int clusterSize) {
    return Math.min(3, clusterSize);
  }

  /**
   * With three replicas an acknowledged write is on two nodes, so one node may die without losing
   * it and without stopping writes.
   */
  public static int minInSyncReplicas(int clusterSize) {
    return replicationFactor(clusterSize) >= 3 ? 2 : 1;
  }

  public static String bootstrapServers(List<KafkaNode> cluster) {
    return cluster.stream().map(n -> "localhost:" + n.port()).collect(Collectors.joining(","));
  }

  /** With PLAINTEXT listeners and no authorisation: for tests on a broker of their own. */
  public Properties configuration(List<KafkaNode> cluster) {
    return configuration(cluster, "PLAINTEXT", "PLAINTEXT", "PLAINTEXT");
  }

  /** With SASL on every listener and ACLs: {@link KafkaSasl}. The launcher's brokers run so. */
  public Properties configuration(List<KafkaNode> cluster, KafkaCredentials credentials) {
    Properties p =
        configuration(cluster, KafkaSasl.BROKER_LISTENER, KafkaSasl.PROTOCOL, KafkaSasl.PROTOCOL);
    p.putAll(KafkaSasl.brokerSettings(credentials));
    return p;
  }

  private Properties configuration(
      List<KafkaNode> cluster, String listener, String protocol, String controllerProtocol) {
    int size = cluster.size();
    String replicas = String.valueOf(replicationFactor(size));
    String minIsr = String.valueOf(minInSyncReplicas(size));
    String voters =
        cluster.stream()
            .map(n -> n.id() + "@127.0.0.1:" + n.controllerPort())
            .collect(Collectors.joining(","));
    Properties p = new Properties();
    p.putAll(
        Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", String.valueOf(id)),
            Map.entry("controller.quorum.voters", voters),
            Map.entry(
                "listeners",
                listener
                    + "://127.0.0.1:"
                    + port
                    + ","
                    + CONTROLLER_LISTENER
                    + "://127.0.0.1:"
                    + controllerPort),
            Map.entry("advertised.listeners", listener + "://localhost:" + port),
            Map.entry("controller.listener.names", CONTROLLER_LISTENER),
            Map.entry("inter.broker.listener.name", listener),
            Map.entry(
                "listener.security.protocol.map",
                listener + ":" + protocol + "," + CONTROLLER_LISTENER + ":" + controllerProtocol),
            Map.entry("log.dirs", logDirectory.toString()),
            // Topics are declared by the services, never created by a typo in a topic name.
            Map.entry("auto.create.topics.enable", "false"),
            Map.entry("num.partitions", "6"),
            Map.entry("default.replication.factor", replicas),
            Map.entry("min.insync.replicas", minIsr),
            Map.entry("unclean.leader.election.enable", "false"),
            Map.entry("offsets.topic.replication.factor", replicas),
            Map.entry("offsets.topic.num.partitions", "6"),
            Map.entry("transaction.state.log.replication.factor", replicas),
            Map.entry("transaction.state.log.min.isr", minIsr),
            Map.entry("transaction.state.log.num.partitions", "6"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            // A local registry keeps its events: the default would drop them after 7 days.
            Map.entry("log.retention.ms", "-1"),
            // Small machine: few threads, and a log cleaner buffer that does not take 128 MB.
            Map.entry("num.network.threads", "2"),
            Map.entry("num.io.threads", "2"),
            Map.entry("background.threads", "2"),
            Map.entry("num.recovery.threads.per.data.dir", "1"),
            Map.entry("log.cleaner.threads", "1"),
            Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024)),
            Map.entry("log.index.size.max.bytes", String.valueOf(1024 * 1024))));
    return p;
  }

  public boolean isFormatted() {
    return Files.exists(logDirectory.resolve("meta.properties"));
  }

  /**
   * Formats the log directories that are not yet, all with the cluster id of those that are (a new
   * one for a new cluster).
   */
  public static void formatNew(List<KafkaNode> cluster) {
    String clusterId =
        cluster.stream()
            .filter(KafkaNode::isFormatted)
            .map(KafkaNode::clusterId)
            .flatMap(Optional::stream)
            .findFirst()
            .orElseGet(() -> Uuid.randomUuid().toString());
    cluster.stream().filter(n -> !n.isFormatted()).forEach(n -> n.format(clusterId));
  }

  private Optional<String> clusterId() {
    Properties meta = new Properties();
    try (Reader reader = Files.newBufferedReader(logDirectory.resolve("meta.properties"))) {
      meta.load(reader);
      return Optional.ofNullable(meta.getProperty("cluster.id"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Kafka's meta.properties in " + logDirectory, e);
    }
  }

  private void format(String clusterId) {
    try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream())) {
      Files.createDirectories(logDirectory);
      new Formatter()
          .setPrintStream(quiet)
          .setNodeId(id)
          .setClusterId(clusterId)
          .setDirectories(List.of(logDirectory.toString()))
          .setMetadataLogDirectory(logDirectory.toString())
          .setControllerListenerName(CONTROLLER_LISTENER)
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot format Kafka log directory " + logDirectory, e);
    }
  }
}
