package org.disputeregistry.query.projection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.EffectiveSteps;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.StepEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The events of every case, kept in {@code case_event} as they are projected (the records' values
 * as published), so that a correction (an amended or retracted step) can fold the case's rows
 * again: every projection forgets the case and takes its opening and its steps in effect ({@link
 * EffectiveSteps}) again, each with the envelope it was published in. The statistic counters
 * follow, as they follow every row the batch changes. Service-contact days are not kept: their
 * batches are voided, never corrected.
 */
@Component
class CaseHistories {

  private final ReadModelWrites writes;
  private final JdbcTemplate jdbc;

  CaseHistories(ReadModelWrites writes, JdbcTemplate jdbc) {
    this.writes = writes;
    this.jdbc = jdbc;
  }

  /**
   * Keeps an event of a case, in the batch's transaction, as the record's value it was read from
   * ({@code published}): the bytes it was published as, read back as they were read the first time.
   */
  void keep(EventEnvelope envelope, byte[] published) {
    if (envelope.caseType() == CaseType.SERVICE_CONTACT) {
      return;
    }
    writes.addHistory(envelope.caseId(), envelope.sequence(), published);
  }

  /** An event and the envelope it was published in. */
  record Published(EventEnvelope envelope, CaseEvent event) {}

  /**
   * The case's opening and its steps in effect once {@code correction} (kept already) is counted:
   * an amended step as amended, in the envelope of the step it amends.
   *
   * @throws ProjectionRuleException if the history of the case is not kept whole (the case was
   *     projected before histories were kept: a rebuild keeps them)
   */
  List<Published> inEffect(EventEnvelope correction) {
    writes.flush();
    List<byte[]> history =
        jdbc.query(
            "SELECT envelope FROM case_event WHERE case_id = ? ORDER BY sequence",
            (rs, row) -> rs.getBytes(1),
            correction.caseId().value());
    if (history.size() != correction.sequence() + 1) {
      throw new ProjectionRuleException(
          "The read side keeps "
              + history.size()
              + " of the "
              + (correction.sequence() + 1)
              + " events of case "
              + correction.caseId()
              + ", too few to fold its correction: rebuild the read models, then replay this");
    }
    List<Published> inEffect = new ArrayList<>();
    Map<UUID, EventEnvelope> envelopes = new HashMap<>();
    EffectiveSteps effective = new EffectiveSteps();
    for (byte[] json : history) {
      EnvelopeJson.Read read = read(json);
      EventEnvelope envelope = read.envelope();
      CaseEvent event = read.event();
      if (event instanceof StepEvent step) {
        envelopes.putIfAbsent(step.stepId(), envelope);
        effective.add(step);
      } else {
        inEffect.add(new Published(envelope, event));
      }
    }
    effective
        .all()
        .forEach(step -> inEffect.add(new Published(envelopes.get(step.stepId()), step)));
    return inEffect;
  }

  private static EnvelopeJson.Read read(byte[] json) {
    try {
      return EnvelopeJson.decode(json);
    } catch (IOException e) {
      throw new IllegalStateException("case_event holds an envelope it cannot read", e);
    }
  }
}
