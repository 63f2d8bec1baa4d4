package org.disputeregistry.infra;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how {@link EmbeddedStack} runs.
 *
 * @param dataDirectory holds the PostgreSQL cluster, the Kafka log directory and the launcher's
 *     logs; reused by the next start unless {@code fresh}
 * @param postgresPort PostgreSQL port, 0 to pick a free one
 * @param kafkaPort Kafka broker port, 0 to pick a free one
 * @param fresh wipe the data directory before starting (the unpacked PostgreSQL binaries are kept)
 * @param postgresBinariesDirectory where the PostgreSQL binaries are unpacked; sharing one between
 *     data directories saves the unpacking on each fresh start
 */
public record StackSettings(
    Path dataDirectory,
    int postgresPort,
    int kafkaPort,
    boolean fresh,
    Path postgresBinariesDirectory) {

  public StackSettings {
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    Objects.requireNonNull(postgresBinariesDirectory, "postgresBinariesDirectory");
    requirePort(postgresPort, "postgresPort");
    requirePort(kafkaPort, "kafkaPort");
    dataDirectory = dataDirectory.toAbsolutePath().normalize();
    postgresBinariesDirectory = postgresBinariesDirectory.toAbsolutePath().normalize();
  }

  /** Free ports, existing data kept, binaries unpacked inside the data directory. */
  public static StackSettings of(Path dataDirectory) {
    return new StackSettings(
        dataDirectory, 0, 0, false, DataDirectory.defaultBinariesDirectory(dataDirectory));
  }

  public StackSettings withPorts(int postgresPort, int kafkaPort) {
    return new StackSettings(
        dataDirectory, postgresPort, kafkaPort, fresh, postgresBinariesDirectory);
  }

  public StackSettings withFresh(boolean fresh) {
    return new StackSettings(
        dataDirectory, postgresPort, kafkaPort, fresh, postgresBinariesDirectory);
  }

  public StackSettings withPostgresBinariesDirectory(Path directory) {
    return new StackSettings(dataDirectory, postgresPort, kafkaPort, fresh, directory);
  }

  private static void requirePort(int port, String name) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(name + " must be 0 (any free port) or 1-65535: " + port);
    }
  }
}
