package org.disputeregistry.authserver.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import java.util.Properties;

/**
 * The secrets of the confidential clients, by client id, kept in the data directory: generated
 * once, then read by the server (to check them) and by {@code ./run.sh token} (to use them). Never
 * logged.
 */
public final class ClientSecrets {

  static final String FILE = "client-secrets.properties";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Properties secrets;

  private ClientSecrets(Properties secrets) {
    this.secrets = secrets;
  }

  /** The secrets of {@code clientIds}, generating and keeping those not yet there. */
  public static synchronized ClientSecrets loadOrCreate(
      Path dataDirectory, Collection<String> clientIds) {
    Path file = dataDirectory.resolve(FILE);
    Properties secrets = read(file);
    boolean added = false;
    for (String clientId : clientIds) {
      if (secrets.getProperty(clientId, "").isBlank()) {
        secrets.setProperty(clientId, newSecret());
        added = true;
      }
    }
    if (added) {
      StringWriter text = new StringWriter();
      try {
        secrets.store(text, "Client secrets of the embedded authorization server; keep private");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      PrivateFiles.write(file, text.toString());
    }
    return new ClientSecrets(secrets);
  }

  /** The secrets kept so far; none if the server never started on this directory. */
  public static ClientSecrets load(Path dataDirectory) {
    return new ClientSecrets(read(dataDirectory.resolve(FILE)));
  }

  public Optional<String> secret(String clientId) {
    return Optional.ofNullable(secrets.getProperty(clientId)).filter(s -> !s.isBlank());
  }

  private static Properties read(Path file) {
    Properties properties = new Properties();
    if (Files.isRegularFile(file)) {
      try {
        properties.load(new StringReader(PrivateFiles.read(file)));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }
    return properties;
  }

  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
