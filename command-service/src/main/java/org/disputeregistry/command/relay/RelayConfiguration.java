package org.disputeregistry.command.relay;

import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RelayConfiguration {

  /** acks=all and idempotence: an acknowledged event is on every in-sync replica exactly once. */
  @Bean(destroyMethod = "close")
  Producer<String, byte[]> relayProducer(KafkaProperties kafka) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            kafka.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true,
            ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
            5,
            ProducerConfig.LINGER_MS_CONFIG,
            5,
            ProducerConfig.CLIENT_ID_CONFIG,
            "command-service-relay"),
        new StringSerializer(),
        new ByteArraySerializer());
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
