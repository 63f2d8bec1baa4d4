package org.disputeregistry.command.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;

/** The relay's producer connects as configured (spring.kafka.*) but always acknowledges fully. */
class RelayConfigurationTest {

  @Test
  void takesTlsAndSaslFromSpringKafkaAndKeepsItsDeliveryGuarantees() {
    KafkaProperties kafka =
        new Binder(
                new MapConfigurationPropertySource(
                    Map.of(
                        "spring.kafka.bootstrap-servers", "kafka-1.example.internal:9093",
                        "spring.kafka.security.protocol", "SASL_SSL",
                        "spring.kafka.ssl.trust-store-location", "file:/etc/kafka/trust.p12",
                        "spring.kafka.ssl.trust-store-password", "trust",
                        "spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512",
                        "spring.kafka.properties.sasl.jaas.config", "ScramLoginModule required;",
                        "spring.kafka.producer.acks", "1",
                        "spring.kafka.producer.properties.enable.idempotence", "false")))
            .bind("spring.kafka", KafkaProperties.class)
            .get();

    Map<String, Object> config =
        RelayConfiguration.producerConfig(kafka, new DefaultSslBundleRegistry());

    assertThat(config)
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("sasl.jaas.config", "ScramLoginModule required;")
        .containsEntry("ssl.truststore.location", "/etc/kafka/trust.p12")
        .containsEntry("acks", "all")
        .containsEntry("enable.idempotence", true);
    assertThat(String.valueOf(config.get("bootstrap.servers")))
        .contains("kafka-1.example.internal:9093");
  }
}
