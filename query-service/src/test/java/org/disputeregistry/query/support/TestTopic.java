package org.disputeregistry.query.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.testsupport.TestInfrastructure;

/** A new topic of three partitions on the test Kafka, and a producer for it. */
public final class TestTopic implements AutoCloseable {

  public static final int PARTITIONS = 3;

  private final String name;
  private final String bootstrapServers;
  private final KafkaProducer<String, byte[]> producer;

  private TestTopic(String name, String bootstrapServers) {
    this.name = name;
    this.bootstrapServers = bootstrapServers;
    this.producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  public static TestTopic create(String prefix) {
    TestInfrastructure infrastructure = TestInfrastructure.get();
    String name = infrastructure.uniqueName(prefix);
    try (Admin admin = admin(infrastructure.kafkaBootstrapServers())) {
      admin.createTopics(List.of(new NewTopic(name, PARTITIONS, (short) 1))).all().get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("Cannot create topic " + name, e);
    }
    return new TestTopic(name, infrastructure.kafkaBootstrapServers());
  }

  public String name() {
    return name;
  }

  public void publish(EventEnvelope envelope) {
    publishRaw(envelope.caseId().toString(), Envelopes.bytes(envelope));
  }

  /** Synchronously, so that a test knows the order of what it sent. */
  public void publishRaw(String key, byte[] value) {
    try {
      producer.send(new ProducerRecord<>(name, key, value)).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("Not published", e);
    }
  }

  /** The offset after the last record, per partition. */
  public Map<Integer, Long> ends() {
    try (Admin admin = admin(bootstrapServers)) {
      Map<TopicPartition, OffsetSpec> latest =
          IntStream.range(0, PARTITIONS)
              .boxed()
              .collect(
                  Collectors.toMap(p -> new TopicPartition(name, p), p -> OffsetSpec.latest()));
      return admin.listOffsets(latest).all().get().entrySet().stream()
          .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("Cannot read the ends of " + name, e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }

  private static Admin admin(String bootstrapServers) {
    return Admin.create(Map.of("bootstrap.servers", bootstrapServers));
  }
}
