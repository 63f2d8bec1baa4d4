package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;

/** The current state of a case as the command side knows it. */
public record ReconsiderationView(
    CaseId caseId,
    String caseNumber,
    String state,
    LocalDate receivedOn,
    ApplicationChannel channel,
    String street,
    String community,
    String category,
    String respondentAgency) {

  static ReconsiderationView of(ReconsiderationApplicationReceivedEvent application) {
    return new ReconsiderationView(
        application.caseId(),
        application.caseNumber(),
        "RECEIVED",
        application.receivedOn(),
        application.channel(),
        application.street(),
        application.community(),
        application.category(),
        application.respondentAgency());
  }
}
