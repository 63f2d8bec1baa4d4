package org.disputeregistry.command.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfigurer;
import org.disputeregistry.command.support.TopicRecords;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The relay publishes an event as soon as its transaction commits, woken by the store's
 * notification: here every way it has of looking for events by itself (the fallback poll, Axon's
 * claim and claim-extension rounds) waits ten minutes or more, so without the wake-up the event
 * does not reach Kafka within the test's bound.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "registry.kafka.topic=" + RelayWakesOnCommitIT.TOPIC,
      "registry.relay.fallback-poll=1h",
      "axon.eventhandling.processors.kafka-relay.token-claim-interval=" + RelayWakesOnCommitIT.SLOW
    })
@WithRealInfrastructure
class RelayWakesOnCommitIT {

  static final String TOPIC = "relay-wakes-on-commit-it";
  static final long SLOW = 600_000;

  @Autowired TestRestTemplate http;

  @Value("${registry.kafka.bootstrap-servers}")
  String bootstrapServers;

  @Test
  void eachCommittedEventIsPublishedWithoutWaitingForAPoll() {
    // Several in a row: each must be woken for, not only the first after the relay started.
    for (int i = 0; i < 3; i++) {
      UUID caseId = UUID.randomUUID();
      assertThat(ReconsiderationApplications.post(http, caseId)).isEqualTo(HttpStatus.CREATED);
      TopicRecords.awaitKey(bootstrapServers, TOPIC, caseId.toString(), Duration.ofSeconds(30));
    }
  }

  /** Axon's own fallback: the coordinator looks again at this threshold when it has a callback. */
  @TestConfiguration(proxyBeanMethods = false)
  static class SlowClaimExtension {

    @Autowired
    void slowClaimExtension(EventProcessingConfigurer processing) {
      processing.registerPooledStreamingEventProcessorConfiguration(
          KafkaRelay.PROCESSING_GROUP,
          (configuration, builder) -> builder.claimExtensionThreshold(SLOW));
    }
  }
}
