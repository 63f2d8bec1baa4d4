package org.disputeregistry.command.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.config.ConfigResource;
import org.disputeregistry.command.support.TopicRecords;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The relay's token moves only after Kafka acknowledged the batch: an event that Kafka refused is
 * published again once Kafka accepts it. A fire-and-forget relay loses it and fails this test.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "registry.kafka.topic=" + RelayAcknowledgementIT.TOPIC)
@WithRealInfrastructure
class RelayAcknowledgementIT {

  static final String TOPIC = "relay-acknowledgement-it";
  private static final ConfigResource TOPIC_CONFIG =
      new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);

  @Autowired TestRestTemplate http;

  @Value("${registry.kafka.bootstrap-servers}")
  String bootstrapServers;

  @Autowired Producer<String, byte[]> relayProducer;

  @Test
  void anEventRefusedByKafkaIsPublishedOnceKafkaAcceptsIt() throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
      // The broker now refuses every event: they are all larger than 100 bytes.
      setMaxMessageBytes(
          admin, new AlterConfigOp(maxMessageBytes("100"), AlterConfigOp.OpType.SET));

      UUID caseId = UUID.randomUUID();
      assertThat(postApplication(caseId)).isEqualTo(HttpStatus.CREATED);
      await("Kafka refusing the relay's send")
          .atMost(Duration.ofSeconds(60))
          .until(() -> producerMetric("record-error-total") > 0);

      setMaxMessageBytes(
          admin, new AlterConfigOp(maxMessageBytes(""), AlterConfigOp.OpType.DELETE));

      assertThat(recordsFor(caseId.toString())).isNotEmpty();
    }
  }

  private HttpStatus postApplication(UUID caseId) {
    return ReconsiderationApplications.post(http, caseId);
  }

  private static ConfigEntry maxMessageBytes(String value) {
    return new ConfigEntry("max.message.bytes", value);
  }

  private static void setMaxMessageBytes(Admin admin, AlterConfigOp op) throws Exception {
    admin.incrementalAlterConfigs(Map.of(TOPIC_CONFIG, List.of(op))).all().get();
  }

  private double producerMetric(String name) {
    return relayProducer.metrics().entrySet().stream()
        .filter(e -> e.getKey().group().equals("producer-metrics"))
        .filter(e -> e.getKey().name().equals(name))
        .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
        .sum();
  }

  private Collection<ConsumerRecord<String, String>> recordsFor(String key) {
    return TopicRecords.awaitKey(bootstrapServers, TOPIC, key, Duration.ofSeconds(90));
  }
}
