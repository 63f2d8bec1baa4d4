package org.disputeregistry.authserver.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The issuer the server last started with, noted in its data directory so that {@code ./run.sh
 * token} asks the server that runs on it without being told its port.
 */
public final class IssuerFile {

  static final String FILE = "issuer";

  private IssuerFile() {}

  public static void write(Path dataDirectory, String issuer) {
    try {
      Files.createDirectories(dataDirectory);
      Files.writeString(dataDirectory.resolve(FILE), issuer + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the issuer to " + dataDirectory, e);
    }
  }

  public static Optional<String> read(Path dataDirectory) {
    Path file = dataDirectory.resolve(FILE);
    try {
      return Files.isRegularFile(file)
          ? Optional.of(Files.readString(file).trim()).filter(s -> !s.isEmpty())
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
