package org.disputeregistry.query.projection;

import java.util.List;
import org.disputeregistry.events.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The last projected sequence number of every case: what makes a repeat harmless. */
@Component
class CaseProgress {

  enum Position {
    /** The next event of its case: apply it. */
    NEXT,
    /** Already applied: a repeated delivery. */
    DUPLICATE,
    /** An earlier event of the case is missing: applying it would skip a step. */
    GAP
  }

  private final JdbcTemplate jdbc;

  CaseProgress(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Where the event stands; locks the case's row until the transaction ends. */
  Position locate(EventEnvelope envelope) {
    long expected = lastSequence(envelope) + 1;
    if (envelope.sequence() < expected) {
      return Position.DUPLICATE;
    }
    return envelope.sequence() == expected ? Position.NEXT : Position.GAP;
  }

  long lastSequence(EventEnvelope envelope) {
    List<Long> last =
        jdbc.queryForList(
            "SELECT last_sequence FROM case_progress WHERE case_id = ? FOR UPDATE",
            Long.class,
            envelope.caseId().value());
    return last.isEmpty() ? -1 : last.get(0);
  }

  void advance(EventEnvelope envelope) {
    jdbc.update(
        "INSERT INTO case_progress (case_id, case_type, last_sequence) VALUES (?, ?, ?)"
            + " ON CONFLICT (case_id) DO UPDATE SET last_sequence = EXCLUDED.last_sequence",
        envelope.caseId().value(),
        envelope.caseType().name(),
        envelope.sequence());
  }
}
