package org.disputeregistry.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The principals of the launcher's Kafka and their passwords: generated once, kept in the data
 * directory readable by its owner only, never printed. A deleted file gets new passwords, which the
 * next start sets on the cluster again ({@link KafkaAccess}).
 */
public final class KafkaCredentials {

  /** Clients authenticate with SCRAM: the broker never sees their password. */
  public static final String MECHANISM = "SCRAM-SHA-512";

  /** Brokers and controllers among themselves; the only super user. */
  public static final String BROKER = "registry-broker";

  /** The command-service's relay: writes the case-event topic. */
  public static final String RELAY = "registry-relay";

  /** The query-service: reads the topic in its consumer group. */
  public static final String QUERY = "registry-query";

  /** Operators and tests: read-only access to every topic. */
  public static final String READER = "registry-reader";

  static final List<String> USERS = List.of(BROKER, RELAY, QUERY, READER);

  /** The principals that authenticate with SCRAM: all but the broker's ({@link KafkaSasl}). */
  static final List<String> SCRAM_USERS = List.of(RELAY, QUERY, READER);

  private static final String PASSWORDS = "passwords.properties";
  private static final String READER_CONFIG = "reader.properties";

  private final Path directory;
  private final Map<String, String> passwords;

  private KafkaCredentials(Path directory, Map<String, String> passwords) {
    this.directory = directory;
    this.passwords = passwords;
  }

  /** {@code kafka-auth/} in the data directory. */
  public static Path directory(Path dataDirectory) {
    return dataDirectory.resolve("kafka-auth");
  }

  /** Reads the passwords kept in {@code directory}, generating (and keeping) the missing ones. */
  public static KafkaCredentials loadOrCreate(Path directory) {
    try {
      createPrivateDirectory(directory);
      Path file = directory.resolve(PASSWORDS);
      Properties stored = load(file);
      Map<String, String> passwords = new LinkedHashMap<>();
      for (String user : USERS) {
        String password = stored.getProperty(user, "");
        passwords.put(user, password.matches("[0-9a-f]{32,}") ? password : newPassword());
      }
      KafkaCredentials credentials = new KafkaCredentials(directory, Map.copyOf(passwords));
      Properties written = new Properties();
      written.putAll(passwords);
      if (!written.equals(stored)) {
        writePrivate(file, written, "Kafka passwords of the local registry. Keep private.");
      }
      Path readerFile = directory.resolve(READER_CONFIG);
      Properties reader = credentials.clientFileProperties(READER);
      if (!reader.equals(load(readerFile))) {
        writePrivate(
            readerFile,
            reader,
            "Client settings of " + READER + " (read-only): --consumer.config / --command-config");
      }
      return credentials;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the Kafka passwords in " + directory, e);
    }
  }

  public String password(String user) {
    String password = passwords.get(user);
    if (password == null) {
      throw new IllegalArgumentException("No such Kafka principal: " + user);
    }
    return password;
  }

  /** Settings of a client that authenticates as {@code user} (SCRAM) over the SASL listener. */
  public Map<String, Object> clientProperties(String user) {
    if (!SCRAM_USERS.contains(user)) {
      throw new IllegalArgumentException(user + " does not authenticate with SCRAM");
    }
    return Map.of(
        "security.protocol",
        "SASL_PLAINTEXT",
        "sasl.mechanism",
        MECHANISM,
        "sasl.jaas.config",
        jaas("org.apache.kafka.common.security.scram.ScramLoginModule", user, password(user), ""));
  }

  /** A client's settings as the broker principal, the super user (the launcher's own checks). */
  public Map<String, Object> superUserClientProperties() {
    return KafkaSasl.superUserClient(this);
  }

  /**
   * The reader's client settings for Kafka's command-line tools and for tests (without bootstrap
   * servers).
   */
  public Path readerClientFile() {
    return directory.resolve(READER_CONFIG);
  }

  /** A JAAS line; passwords are hex, so nothing needs escaping. */
  static String jaas(String loginModule, String user, String password, String extra) {
    return loginModule
        + " required username=\""
        + user
        + "\" password=\""
        + password
        + "\""
        + extra
        + ";";
  }

  private Properties clientFileProperties(String user) {
    Properties properties = new Properties();
    properties.putAll(clientProperties(user));
    return properties;
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        properties.load(reader);
      }
    }
    return properties;
  }

  private static String newPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static void createPrivateDirectory(Path directory) throws IOException {
    Files.createDirectories(directory);
    if (posix()) {
      Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** Written with owner-only permissions before anything secret is in it. */
  public static void writePrivate(Path file, Properties properties, String comment)
      throws IOException {
    Files.createDirectories(file.getParent());
    if (!Files.exists(file)) {
      Files.createFile(file);
    }
    if (posix()) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    try (Writer writer = Files.newBufferedWriter(file)) {
      properties.store(writer, comment);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  @Override
  public String toString() {
    return "KafkaCredentials[" + directory + "]"; // never the passwords
  }
}
