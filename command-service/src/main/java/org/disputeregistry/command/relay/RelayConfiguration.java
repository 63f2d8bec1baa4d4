package org.disputeregistry.command.relay;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

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
   * The relay's source ({@code axon.eventhandling.processors.kafka-relay.source}): the event store,
   * woken by each commit rather than looked at every 500 ms.
   */
  @Bean
  WakingEventSource relayEventSource(EventStore eventStore, CommitNotifications commits) {
    return new WakingEventSource(eventStore, commits);
  }

  /** Announces this instance's commits to every instance's relay. */
  @Bean
  CommitAnnouncer relayCommitAnnouncer(JdbcTemplate jdbc) {
    return new CommitAnnouncer(jdbc);
  }

  /**
   * Listens on a connection of its own, made from {@code spring.datasource.*} (not borrowed from
   * the pool, which it would hold for good); looks for events every {@code
   * registry.relay.fallback-poll} when no notification comes.
   */
  @Bean
  CommitNotifications relayCommitNotifications(
      DataSourceProperties database,
      @Value("${registry.relay.fallback-poll:500ms}") Duration fallbackPoll) {
    return new CommitNotifications(
        database.initializeDataSourceBuilder().type(SimpleDriverDataSource.class).build(),
        fallbackPoll);
  }

  /**
   * Every case event is stored with its business date in its metadata, for the relay. A bean, not a
   * method run when this configuration is made: the event bus may then still be in the making.
   */
  @Bean
  BusinessDateStamp businessDateStamp(EventBus eventBus) {
    BusinessDateStamp stamp = new BusinessDateStamp();
    eventBus.registerDispatchInterceptor(stamp);
    return stamp;
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
