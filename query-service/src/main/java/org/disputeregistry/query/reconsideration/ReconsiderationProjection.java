package org.disputeregistry.query.reconsideration;

import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.query.projection.Projection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One row per reconsideration case, kept up to date from its events. */
@Component
class ReconsiderationProjection implements Projection {

  private final JdbcTemplate jdbc;

  ReconsiderationProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void apply(EventEnvelope envelope, CaseEvent event) {
    if (event instanceof ReconsiderationApplicationReceivedEvent received) {
      jdbc.update(
          "INSERT INTO reconsideration_case (case_id, case_number, received_on, channel, street,"
              + " community, category, respondent_agency) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          received.caseId().value(),
          received.caseNumber(),
          received.receivedOn(),
          received.channel().name(),
          received.street(),
          received.community(),
          received.category(),
          received.respondentAgency());
    }
  }
}
