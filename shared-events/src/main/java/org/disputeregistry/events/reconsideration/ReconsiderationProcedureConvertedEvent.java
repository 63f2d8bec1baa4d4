package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** A simplified review was converted to the ordinary procedure; the 60 days run from acceptance. */
public record ReconsiderationProcedureConvertedEvent(
    CaseId caseId,
    UUID stepId,
    LocalDate convertedOn,
    Procedure procedure,
    String reason,
    LocalDate decisionDueOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return convertedOn;
  }
}
