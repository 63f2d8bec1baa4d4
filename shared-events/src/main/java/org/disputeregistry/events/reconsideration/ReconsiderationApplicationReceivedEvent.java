package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;

/** An application for administrative reconsideration (行政复议申请) was received. */
public record ReconsiderationApplicationReceivedEvent(
    CaseId caseId,
    String caseNumber,
    LocalDate receivedOn,
    ApplicationChannel channel,
    String street,
    String community,
    String category,
    String respondentAgency)
    implements CaseEvent {

  @Override
  public LocalDate businessDate() {
    return receivedOn;
  }
}
