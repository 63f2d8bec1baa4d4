package org.disputeregistry.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Follows a topic from its end and notes when each key's first record arrives, so that the
 * freshness of a command splits into its way to the topic (command side and relay) and from the
 * topic to the statistic (projection and query).
 */
final class TopicTail implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
  private final Thread reader;
  private volatile boolean running = true;

  TopicTail(Kafka kafka, String topic) {
    consumer = kafka.consumer();
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // resolves the end now, before any sample is sent
    reader = Raw.spawn(this::read);
  }

  /** When the first record with this key arrived ({@link System#nanoTime()}), if it did. */
  Long arrival(String key) {
    return arrivals.get(key);
  }

  private void read() {
    try {
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
          arrivals.putIfAbsent(record.key(), System.nanoTime());
        }
      }
    } catch (WakeupException closing) {
      // close() ends the poll
    } finally {
      consumer.close();
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    reader.join();
  }
}
