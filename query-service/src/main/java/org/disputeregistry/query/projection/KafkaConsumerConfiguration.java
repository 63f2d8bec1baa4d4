package org.disputeregistry.query.projection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class KafkaConsumerConfiguration {

  /**
   * Poison events never reach here (they are parked), so whatever fails is infrastructure (the
   * database is down): retry the batch for ever rather than skip it, which would lose events. Each
   * attempt reads the stored offsets again (a commit whose outcome was unknown is then seen), and
   * {@link CaseEventListener} goes back to them if the database lost what the consumer had passed.
   * At most 2 s between attempts: a restarted database is noticed within that.
   */
  @Bean
  CommonErrorHandler retryForever() {
    ExponentialBackOff backOff = new ExponentialBackOff(200, 2);
    backOff.setMaxInterval(2_000);
    return new DefaultErrorHandler(backOff);
  }

  /**
   * The group's committed offsets only tell an operator how far the consumers are: where to resume
   * is read from the database ({@link CaseEventListener}). So they are committed without waiting
   * for the broker, and the next poll does not wait a round trip to Kafka after every batch.
   */
  @Bean
  ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>>
      commitOffsetsAsynchronously() {
    return container -> container.getContainerProperties().setSyncCommits(false);
  }
}
