package org.disputeregistry.query.deadline;

import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.query.projection.Projection;
import org.disputeregistry.query.projection.ReadModelWrites;
import org.springframework.stereotype.Component;

/**
 * Every time limit of every case in {@code case_deadline} ({@link DeadlineSteps}): a case may have
 * several running at once (the respondent's reply and the decision). A corrected case is forgotten
 * and its steps in effect applied again, so a retracted step's limits come back as they were.
 */
@Component
class DeadlineProjection implements Projection {

  static final String TABLE = "case_deadline";

  private final ReadModelWrites writes;

  DeadlineProjection(ReadModelWrites writes) {
    this.writes = writes;
  }

  @Override
  public void apply(EventEnvelope envelope, CaseEvent event) {
    if (envelope.sequence() == 0) {
      // The case's first event: it has no limits yet, so its batch can fold them in memory.
      writes.noRowsYet(event.caseId(), TABLE);
    }
    DeadlineSteps.of(event).forEach(change -> change.write(writes, event.caseId()));
  }

  @Override
  public void forget(CaseId caseId) {
    writes.deleteRows(caseId, TABLE);
  }
}
