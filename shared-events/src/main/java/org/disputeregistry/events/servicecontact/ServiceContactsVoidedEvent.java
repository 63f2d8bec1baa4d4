package org.disputeregistry.events.servicecontact;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.UUID;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.StepEvent;

/**
 * A batch logged by mistake was voided; its persons no longer count.
 *
 * @param voidedStepId the step id of the voided batch
 * @param persons the persons of the voided batch
 */
public record ServiceContactsVoidedEvent(
    CaseId caseId,
    UUID stepId,
    LocalDate servedOn,
    UUID voidedStepId,
    @JsonSerialize(using = PersonCount.class) long persons,
    String reason)
    implements StepEvent {

  @Override
  public LocalDate businessDate() {
    return servedOn;
  }
}
