package org.disputeregistry.command.relay;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RelayConfiguration {

  /**
   * Connection, TLS and SASL from {@code spring.kafka.*} (any Kafka deployment is configuration);
   * acks=all and idempotence always: an acknowledged event is on every in-sync replica exactly
   * once, whatever the configuration says.
   */
  @Bean(destroyMethod = "close")
  Producer<String, byte[]> relayProducer(KafkaProperties kafka, SslBundles sslBundles) {
    return new KafkaProducer<>(
        producerConfig(kafka, sslBundles), new StringSerializer(), new ByteArraySerializer());
  }

  static Map<String, Object> producerConfig(KafkaProperties kafka, SslBundles sslBundles) {
    Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties(sslBundles));
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "command-service-relay");
    return config;
  }

  /**
   * A failed publish must stop the batch so that its token does not move: Axon's default listener
   * error handler would only log it and go on.
   */
  @Autowired
  void propagateRelayErrors(EventProcessingConfigurer processing) {
    processing.registerListenerInvocationErrorHandler(
        KafkaRelay.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
  }
}
