package org.disputeregistry.command.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the relay published, read back from the topic as a consumer of its own would. */
public final class TopicRecords {

  private TopicRecords() {}

  /**
   * Reads the topic from the start until records with the key show up (bounded), and returns them.
   */
  public static List<ConsumerRecord<String, String>> awaitKey(
      String bootstrapServers, String topic, String key, Duration atMost) {
    return awaitKey(bootstrapServers, topic, key, 1, atMost);
  }

  /** Reads the topic from the start until {@code count} records with the key showed up. */
  public static List<ConsumerRecord<String, String>> awaitKey(
      String bootstrapServers, String topic, String key, int count, Duration atMost) {
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      List<ConsumerRecord<String, String>> found = new ArrayList<>();
      await(count + " records with key " + key + " on " + topic)
          .atMost(atMost)
          .until(
              () -> {
                consumer
                    .poll(Duration.ofMillis(500))
                    .forEach(
                        r -> {
                          if (key.equals(r.key())) {
                            found.add(r);
                          }
                        });
                return found.size() >= count;
              });
      return found;
    }
  }
}
