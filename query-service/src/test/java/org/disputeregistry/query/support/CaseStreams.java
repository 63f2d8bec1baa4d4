package org.disputeregistry.query.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.RegistryJson;

/**
 * Case histories as the relay publishes them (each case's events in order, keyed by case id, cases
 * interleaved at random), and the test's own arithmetic for the figures it expects.
 */
public final class CaseStreams {

  private CaseStreams() {}

  /**
   * Creates the topic and waits until every partition has a leader: an idempotent producer
   * pipelining into a topic still being created can lose records (seen with the embedded KRaft
   * broker).
   */
  public static void createTopic(String bootstrapServers, String topic) {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
      admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
      Awaitility.await("leaders of " + topic)
          .atMost(Duration.ofSeconds(60))
          .ignoreExceptions()
          .until(
              () ->
                  admin
                      .describeTopics(List.of(topic))
                      .allTopicNames()
                      .get()
                      .get(topic)
                      .partitions()
                      .stream()
                      .allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("Cannot create topic " + topic, e);
    }
  }

  /** All events, cases interleaved at random, each case's events in their order. */
  public static List<ProducerRecord<String, byte[]>> interleaved(
      String topic, List<List<CaseEvent>> histories, Random random) {
    List<List<ProducerRecord<String, byte[]>>> perCase = new ArrayList<>();
    for (List<CaseEvent> history : histories) {
      List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
      for (int seq = 0; seq < history.size(); seq++) {
        CaseEvent event = history.get(seq);
        EventEnvelope envelope =
            EventEnvelope.wrap(
                new UUID(event.caseId().value().getMostSignificantBits(), seq),
                seq,
                event,
                Instant.parse("2024-07-01T00:00:00Z"),
                "it",
                "DISTRICT");
        records.add(new ProducerRecord<>(topic, event.caseId().toString(), bytes(envelope)));
      }
      perCase.add(records);
    }
    List<ProducerRecord<String, byte[]>> all = new ArrayList<>();
    List<Integer> open = new ArrayList<>();
    int[] cursor = new int[perCase.size()];
    for (int i = 0; i < perCase.size(); i++) {
      if (!perCase.get(i).isEmpty()) {
        open.add(i);
      }
    }
    while (!open.isEmpty()) {
      int pick = random.nextInt(open.size());
      int c = open.get(pick);
      all.add(perCase.get(c).get(cursor[c]++));
      if (cursor[c] == perCase.get(c).size()) {
        open.remove(pick);
      }
    }
    return all;
  }

  /**
   * Through an idempotent producer that waits for every acknowledgement. Records go one by one
   * until every partition has acknowledged one: pipelined batches right after a topic was created
   * can fail with OutOfOrderSequenceException (seen with the embedded KRaft broker), and a record
   * that failed must fail the test, not vanish from it.
   */
  public static void publish(String bootstrapServers, List<ProducerRecord<String, byte[]>> batch) {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new ByteArraySerializer())) {
      Set<Integer> acknowledged = new HashSet<>();
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (ProducerRecord<String, byte[]> record : batch) {
        Future<RecordMetadata> send = producer.send(record);
        if (acknowledged.size() < producer.partitionsFor(record.topic()).size()) {
          acknowledged.add(send.get().partition());
        }
        sent.add(send);
      }
      producer.flush();
      for (Future<RecordMetadata> send : sent) {
        send.get();
      }
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("Not published", e);
    }
  }

  /** A rate as the API gives it: numerator, denominator, percent half-up to 0.01 (or "null"). */
  public static List<Object> rate(long numerator, long denominator) {
    String percent =
        denominator == 0
            ? "null"
            : BigDecimal.valueOf(numerator * 10000)
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP)
                .movePointLeft(2)
                .stripTrailingZeros()
                .toPlainString();
    return List.of(numerator, denominator, percent);
  }

  /** A JSON number or string as its exact decimal value, for comparing. */
  public static String plain(Object number) {
    return number == null
        ? "null"
        : new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
  }

  /** Rounded half-up to 0.01, as an exact decimal without trailing zeros. */
  public static String mean(List<Long> days) {
    if (days.isEmpty()) {
      return "null";
    }
    long sum = days.stream().mapToLong(Long::longValue).sum();
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(days.size()), 2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  public static String median(List<Long> days) {
    if (days.isEmpty()) {
      return "null";
    }
    List<Long> sorted = days.stream().sorted().toList();
    int n = sorted.size();
    BigDecimal middle =
        n % 2 == 1
            ? BigDecimal.valueOf(sorted.get(n / 2))
            : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2))
                .divide(BigDecimal.valueOf(2));
    return middle.stripTrailingZeros().toPlainString();
  }

  private static byte[] bytes(EventEnvelope envelope) {
    try {
      return RegistryJson.mapper().writeValueAsBytes(envelope);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
