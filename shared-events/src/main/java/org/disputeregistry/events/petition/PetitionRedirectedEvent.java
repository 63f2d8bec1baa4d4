package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The petitioner was directed to a legal channel (诉讼、仲裁、行政复议); the case ends here. */
public record PetitionRedirectedEvent(
    CaseId caseId, UUID stepId, LocalDate redirectedOn, LegalChannel legalChannel)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return redirectedOn;
  }
}
