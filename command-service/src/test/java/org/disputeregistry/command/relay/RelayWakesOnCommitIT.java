package org.disputeregistry.command.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
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
 * does not reach Kafka within the test's bound. A listener whose connection was killed connects
 * again.
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

  @Autowired DataSource dataSource;

  @Test
  void eachCommittedEventIsPublishedWithoutWaitingForAPoll() {
    // Several in a row: each must be woken for, not only the first after the relay started.
    for (int i = 0; i < 3; i++) {
      assertPublishedPromptly(UUID.randomUUID());
    }
  }

  @Test
  void theListenerComesBackAfterItsConnectionWasKilled() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet killed =
            statement.executeQuery(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND query LIKE 'LISTEN %'")) {
      assertThat(killed.next()).as("the listener's connection").isTrue();
    }
    assertPublishedPromptly(UUID.randomUUID());
    assertPublishedPromptly(UUID.randomUUID());
  }

  private void assertPublishedPromptly(UUID caseId) {
    assertThat(ReconsiderationApplications.post(http, caseId)).isEqualTo(HttpStatus.CREATED);
    TopicRecords.awaitKey(bootstrapServers, TOPIC, caseId.toString(), Duration.ofSeconds(30));
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
