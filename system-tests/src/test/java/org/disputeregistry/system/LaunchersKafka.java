package org.disputeregistry.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** The launcher's Kafka as its read-only principal sees it, and the secrets it keeps. */
final class LaunchersKafka {

  private LaunchersKafka() {}

  /** The client settings the banner points to: {@code kafka-auth/reader.properties}. */
  static Map<String, Object> readerSettings(Path dataDirectory) {
    Map<String, Object> settings = new HashMap<>();
    load(dataDirectory.resolve("kafka-auth/reader.properties"))
        .forEach((key, value) -> settings.put((String) key, value));
    return settings;
  }

  /** Every Kafka password the launcher generated. */
  static List<String> passwords(Path dataDirectory) {
    return load(dataDirectory.resolve("kafka-auth/passwords.properties")).values().stream()
        .map(String::valueOf)
        .toList();
  }

  /** The files under {@code logs/} that contain any of the passwords. */
  static List<Path> logsWithAPassword(Path dataDirectory) throws IOException {
    List<String> passwords = passwords(dataDirectory);
    try (Stream<Path> logs = Files.walk(dataDirectory.resolve("logs"))) {
      return logs.filter(Files::isRegularFile)
          .filter(
              log -> {
                String text = read(log);
                return passwords.stream().anyMatch(text::contains);
              })
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties load(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return properties;
  }
}
