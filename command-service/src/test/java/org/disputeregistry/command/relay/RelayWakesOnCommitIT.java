package org.disputeregistry.command.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.axonframework.common.Registration;
import org.disputeregistry.command.support.TopicRecords;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The relay is woken by each commit of events, of this instance or of another, and the wake-up
 * survives the loss of the listening connection. The fallback poll waits an hour here, so the only
 * wake-ups counted are the notifications'; the event then reaches Kafka.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "registry.kafka.topic=" + RelayWakesOnCommitIT.TOPIC,
      "registry.relay.fallback-poll=1h"
    })
@WithRealInfrastructure
class RelayWakesOnCommitIT {

  static final String TOPIC = "relay-wakes-on-commit-it";
  private static final Duration BOUND = Duration.ofSeconds(30);

  @Autowired TestRestTemplate http;
  @Autowired CommitNotifications notifications;
  @Autowired DataSource dataSource;

  @Value("${registry.kafka.bootstrap-servers}")
  String bootstrapServers;

  private final AtomicInteger wakeUps = new AtomicInteger();
  private Registration counting;

  @BeforeEach
  void countWakeUps() {
    counting = notifications.onCommit(wakeUps::incrementAndGet);
  }

  @AfterEach
  void stopCounting() {
    counting.cancel();
  }

  @Test
  void eachCommitOfThisInstanceWakesTheRelay() {
    // Several in a row: each must be announced, not only the first after the start.
    for (int i = 0; i < 3; i++) {
      assertWokenAndPublished(UUID.randomUUID());
    }
  }

  @Test
  void aCommitAnnouncedByAnotherInstanceWakesTheRelay() {
    int before = wakeUps.get();
    new JdbcTemplate(dataSource)
        .query("SELECT pg_notify(?, '')", rows -> {}, CommitNotifications.CHANNEL);
    await("a wake-up").atMost(BOUND).until(() -> wakeUps.get() > before);
  }

  @Test
  void theListenerComesBackAfterItsConnectionWasKilled() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet killed = statement.executeQuery("SELECT pg_terminate_backend(pid)" + LISTENER)) {
      assertThat(killed.next()).as("the listener's connection").isTrue();
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    await("the listener back")
        .atMost(BOUND)
        .until(() -> jdbc.queryForObject("SELECT count(*)" + LISTENER, Integer.class) == 1);
    assertWokenAndPublished(UUID.randomUUID());
  }

  private static final String LISTENER =
      " FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'";

  private void assertWokenAndPublished(UUID caseId) {
    int before = wakeUps.get();
    assertThat(ReconsiderationApplications.post(http, caseId)).isEqualTo(HttpStatus.CREATED);
    await("a wake-up").atMost(BOUND).until(() -> wakeUps.get() > before);
    TopicRecords.awaitKey(bootstrapServers, TOPIC, caseId.toString(), BOUND);
  }
}
