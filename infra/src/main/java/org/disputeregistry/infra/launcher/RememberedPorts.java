package org.disputeregistry.infra.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.disputeregistry.infra.FreePorts;

/**
 * The ports a data directory's servers listen on, kept in the directory so that the next start uses
 * the same ones: a JDBC URL or bootstrap address printed before a restart stays valid. A port given
 * explicitly wins and is remembered in turn.
 */
final class RememberedPorts {

  static final String FILE = "ports.properties";

  private final Path file;
  private final Properties ports = new Properties();

  private RememberedPorts(Path file) {
    this.file = file;
  }

  static RememberedPorts of(Path dataDirectory) {
    RememberedPorts remembered = new RememberedPorts(dataDirectory.resolve(FILE));
    if (Files.isRegularFile(remembered.file)) {
      try (Reader reader = Files.newBufferedReader(remembered.file)) {
        remembered.ports.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + remembered.file, e);
      }
    }
    return remembered;
  }

  /**
   * The port for {@code name}: {@code explicit} unless 0, else the remembered one if it is still
   * free, else a newly picked free one. Whatever is returned is remembered.
   */
  synchronized int port(String name, int explicit) {
    int port = explicit != 0 ? explicit : remembered(name).orElseGet(FreePorts::pick);
    ports.setProperty(name, String.valueOf(port));
    save();
    return port;
  }

  /**
   * The port {@code name} had: {@code explicit} unless 0, else the remembered one even if it is in
   * use (by what an earlier launcher left running, perhaps), else 0. Remembers nothing.
   */
  synchronized int recorded(String name, int explicit) {
    return explicit != 0 ? explicit : parse(ports.getProperty(name)).orElse(0);
  }

  private Optional<Integer> remembered(String name) {
    return parse(ports.getProperty(name)).filter(FreePorts::isFree);
  }

  private static Optional<Integer> parse(String value) {
    if (value == null || !value.trim().matches("\\d{1,5}")) {
      return Optional.empty();
    }
    int port = Integer.parseInt(value.trim());
    return port > 0 && port <= 65_535 ? Optional.of(port) : Optional.empty();
  }

  private void save() {
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(FILE + ".tmp");
      try (Writer writer = Files.newBufferedWriter(temporary)) {
        ports.store(writer, "Ports of this data directory's servers, reused by the next start");
      }
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
