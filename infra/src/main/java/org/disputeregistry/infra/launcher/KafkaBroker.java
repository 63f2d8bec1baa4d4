package org.disputeregistry.infra.launcher;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.disputeregistry.infra.DataDirectory;
import org.disputeregistry.infra.KafkaCredentials;
import org.disputeregistry.infra.KafkaNode;
import org.disputeregistry.infra.KafkaReadiness;

/**
 * A Kafka node as its own JVM ({@code kafka.Kafka} from the launcher's class path), so that it can
 * die and be restarted on its own, requiring SASL and ACLs ({@link KafkaNode#configuration(List,
 * KafkaCredentials)}). Small heap: a local broker needs little.
 */
final class KafkaBroker {

  static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
  private static final String LOGGING = "org/disputeregistry/infra/kafka-broker-logback.xml";

  private KafkaBroker() {}

  static String name(KafkaNode node) {
    return name(node.id());
  }

  static String name(int nodeId) {
    return "kafka-" + nodeId;
  }

  /** Starts the node's JVM without waiting for it: a new cluster needs a quorum to come up. */
  static JavaProcess launch(
      KafkaNode node, List<KafkaNode> cluster, Path dataDirectory, KafkaCredentials credentials) {
    Path properties = propertiesFile(node, dataDirectory);
    try {
      // It holds the broker principal's password: owner-only.
      KafkaCredentials.writePrivate(
          properties,
          node.configuration(cluster, credentials),
          "Written by the launcher on each start");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + properties, e);
    }
    return JavaProcess.start(
        name(node),
        arguments(node, dataDirectory),
        Map.of(),
        logFile(node, dataDirectory),
        dataDirectory);
  }

  private static Path propertiesFile(KafkaNode node, Path dataDirectory) {
    return dataDirectory.resolve("run").resolve(name(node) + ".properties");
  }

  private static List<String> arguments(KafkaNode node, Path dataDirectory) {
    return List.of(
        "-Xmx256m",
        "-XX:+UseSerialGC",
        "-Dlogback.configurationFile=" + LOGGING,
        "-cp",
        classPath(),
        "kafka.Kafka",
        propertiesFile(node, dataDirectory).toString());
  }

  private static String classPath() {
    return Path.of(System.getProperty("java.class.path")).toAbsolutePath().toString();
  }

  /**
   * Why {@code leftover} is not the node {@link #launch} would run with this configuration of the
   * cluster, answering, or empty if it is.
   */
  static Optional<String> whyNotAdopt(
      KafkaNode node,
      List<KafkaNode> cluster,
      Path dataDirectory,
      KafkaCredentials credentials,
      ProcessHandle leftover) {
    List<Path> code =
        Stream.of(classPath().split(File.pathSeparator))
            .map(Path::of)
            .filter(Files::isRegularFile)
            .toList();
    Optional<String> mismatch =
        Adoption.Launched.of(leftover)
            .map(
                launched ->
                    Adoption.mismatch(
                        JavaProcess.commandLine(arguments(node, dataDirectory), dataDirectory),
                        Adoption.childEnvironment(Map.of()),
                        code,
                        launched))
            .orElse(Optional.of("it cannot be inspected"));
    if (mismatch.isPresent()) {
      return mismatch;
    }
    Properties written = new Properties();
    try (Reader reader = Files.newBufferedReader(propertiesFile(node, dataDirectory))) {
      written.load(reader);
    } catch (IOException e) {
      return Optional.of("its configuration cannot be read");
    }
    if (!written.equals(node.configuration(cluster, credentials))) {
      return Optional.of("it was configured otherwise (ports, cluster or security)");
    }
    try {
      KafkaReadiness.await(
          "localhost:" + node.port(),
          credentials.superUserClientProperties(),
          Duration.ofSeconds(5));
      return Optional.empty();
    } catch (IllegalStateException e) {
      return Optional.of("it does not answer");
    }
  }

  static Path logFile(KafkaNode node, Path dataDirectory) {
    return DataDirectory.logs(dataDirectory).resolve(name(node) + ".log");
  }

  /** Waits until the node answers on its own port; fails early if its JVM dies. */
  static void awaitReady(
      JavaProcess broker, KafkaNode node, Path dataDirectory, KafkaCredentials credentials) {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    RuntimeException last = null;
    while (broker.isAlive() && Instant.now().isBefore(deadline)) {
      try {
        KafkaReadiness.await(
            "localhost:" + node.port(),
            credentials.superUserClientProperties(),
            Duration.ofSeconds(5));
        return;
      } catch (IllegalStateException e) {
        last = e;
      }
    }
    if (!broker.isAlive()) {
      throw new IllegalStateException(
          name(node)
              + " exited ("
              + broker.exitDescription()
              + "); see its log: "
              + logFile(node, dataDirectory));
    }
    throw new IllegalStateException(name(node) + " did not answer in time", last);
  }

  /** One incarnation for the supervisor: launched and answering, or stopped again. */
  static JavaProcess start(
      KafkaNode node, List<KafkaNode> cluster, Path dataDirectory, KafkaCredentials credentials) {
    JavaProcess broker = launch(node, cluster, dataDirectory, credentials);
    try {
      awaitReady(broker, node, dataDirectory, credentials);
      return broker;
    } catch (RuntimeException e) {
      broker.stop();
      throw e;
    }
  }
}
