package org.disputeregistry.command.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.disputeregistry.command.support.TopicRecords;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * An event whose transaction commits late, after the event store has moved far beyond the global
 * index it took, is still published: the relay keeps waiting for that index. With Axon's default
 * gap window (10,000 indexes) the relay forgets it and the event is never published.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "registry.kafka.topic=" + LateCommitIT.TOPIC)
@WithRealInfrastructure
class LateCommitIT {

  static final String TOPIC = "relay-late-commit-it";

  /** More indexes than Axon's default gap window, fewer than the one configured. */
  private static final int INDEXES_PASSED_MEANWHILE = 20_000;

  @Autowired TestRestTemplate http;

  @Value("${registry.kafka.bootstrap-servers}")
  String bootstrapServers;

  @Autowired DataSource dataSource;

  @Test
  void anEventCommittedAfterTwentyThousandLaterIndexesIsPublished() throws Exception {
    UUID opened = UUID.randomUUID();
    assertThat(postApplication(opened)).isEqualTo(HttpStatus.CREATED);
    awaitPublished(opened, 1);

    try (Connection late = dataSource.getConnection()) {
      late.setAutoCommit(false);
      // A copy of the case's first event as its next one (the relay keys a record by the case's
      // aggregate): it takes the next global index and holds it uncommitted.
      try (PreparedStatement insert =
          late.prepareStatement(
              "INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type,"
                  + " eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp)"
                  + " SELECT aggregateIdentifier, 1, type, ?, metaData, payload, payloadRevision,"
                  + " payloadType, timeStamp FROM DomainEventEntry WHERE aggregateIdentifier = ?")) {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, opened.toString());
        assertThat(insert.executeUpdate()).isOne();
      }

      // Meanwhile the store moves on: many indexes taken (by transactions that rolled back, say),
      // and a later event committed and published.
      try (Connection other = dataSource.getConnection();
          Statement statement = other.createStatement()) {
        statement.execute(
            "SELECT setval(pg_get_serial_sequence('domainevententry', 'globalindex'),"
                + " nextval(pg_get_serial_sequence('domainevententry', 'globalindex')) + "
                + INDEXES_PASSED_MEANWHILE
                + ")");
      }
      UUID later = UUID.randomUUID();
      assertThat(postApplication(later)).isEqualTo(HttpStatus.CREATED);
      awaitPublished(later, 1);

      late.commit();
    }

    awaitPublished(opened, 2);
  }

  private void awaitPublished(UUID caseId, int records) {
    TopicRecords.awaitKey(
        bootstrapServers, TOPIC, caseId.toString(), records, Duration.ofSeconds(60));
  }

  private HttpStatus postApplication(UUID caseId) {
    return ReconsiderationApplications.post(http, caseId);
  }
}
