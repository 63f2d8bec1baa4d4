package org.disputeregistry.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The whole case-events topic, read with a plain consumer: how often each event id is on it. */
final class Topic {

  static final String CASE_EVENTS = "registry.case-events";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Topic() {}

  /**
   * @param dataDirectory the launcher's: the consumer authenticates as its read-only principal
   *     ({@code kafka-auth/reader.properties})
   */
  static Map<String, Integer> countByEventId(String bootstrap, Path dataDirectory)
      throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(dataDirectory.resolve("kafka-auth/reader.properties"))) {
      properties.load(reader);
    }
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    Map<String, Integer> counts = new HashMap<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(CASE_EVENTS, Duration.ofSeconds(30)).stream()
              .map(info -> new TopicPartition(CASE_EVENTS, info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      Instant deadline = Instant.now().plusSeconds(120);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("Could not read the topic to its end within 120 s");
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
          counts.merge(eventId(record.value()), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static String eventId(byte[] envelope) {
    try {
      return JSON.readTree(envelope).get("eventId").asText();
    } catch (IOException e) {
      throw new UncheckedIOException("A record that is not an event envelope", e);
    }
  }
}
