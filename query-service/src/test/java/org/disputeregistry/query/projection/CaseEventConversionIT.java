package org.disputeregistry.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.RegistryJson;
import org.disputeregistry.query.support.Envelopes;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The migration that turns the kept histories from JSONB into the records' bytes keeps every
 * envelope readable as it was: run on a copy of the table as the earlier release left it.
 */
@SpringBootTest(properties = "registry.kafka.topic=case-event-conversion-it")
@WithRealInfrastructure
class CaseEventConversionIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @Test
  void anEnvelopeKeptAsJsonbReadsTheSameOnceConverted() throws IOException {
    EventEnvelope kept =
        Envelopes.received(UUID.randomUUID(), 0, LocalDate.of(2024, 2, 29), "（2024）光复议第7号");
    String migration =
        new ClassPathResource("db/migration/V85__case_event_as_published.sql")
            .getContentAsString(StandardCharsets.UTF_8);

    byte[] converted =
        transaction.execute(
            status -> {
              jdbc.execute("CREATE SCHEMA v85_check");
              jdbc.execute("SET LOCAL search_path TO v85_check");
              jdbc.execute(
                  "CREATE TABLE case_event (case_id UUID NOT NULL, sequence BIGINT NOT NULL,"
                      + " envelope JSONB NOT NULL, PRIMARY KEY (case_id, sequence))");
              jdbc.update(
                  "INSERT INTO case_event VALUES (?, 0, CAST(? AS jsonb))",
                  kept.caseId().value(),
                  json(kept));
              jdbc.execute(migration);
              byte[] bytes = jdbc.queryForObject("SELECT envelope FROM case_event", byte[].class);
              status.setRollbackOnly();
              return bytes;
            });

    assertThat(EnvelopeJson.read(converted)).isEqualTo(kept);
  }

  private static String json(EventEnvelope envelope) {
    try {
      return RegistryJson.mapper().writeValueAsString(envelope);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
