package org.disputeregistry.events.petition;

import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/** The matter was resolved (化解). */
public record PetitionResolvedEvent(CaseId caseId, UUID stepId, LocalDate resolvedOn)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return resolvedOn;
  }
}
