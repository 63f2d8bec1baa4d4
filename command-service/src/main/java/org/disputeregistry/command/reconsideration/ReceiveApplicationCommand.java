package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.AdministrativeActKind;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;

/**
 * Opens a reconsideration case: its application was received. {@code applicants} and {@code
 * actKind} may be null (clients of the first API version do not send them).
 */
public record ReceiveApplicationCommand(
    @TargetAggregateIdentifier CaseId caseId,
    String caseNumber,
    LocalDate receivedOn,
    ApplicationChannel channel,
    String street,
    String community,
    String category,
    String respondentAgency,
    List<ApplicantKind> applicants,
    AdministrativeActKind actKind) {

  /**
   * The name under which the API sends this command to open a case it expects to be new ({@link
   * org.disputeregistry.command.lifecycle.CaseCommands#open}).
   */
  public static final String NEW_CASE = "ReceiveApplicationCommand.new";

  ReconsiderationApplicationReceivedEvent toEvent(LocalDate reviewDueOn) {
    return new ReconsiderationApplicationReceivedEvent(
        caseId,
        caseNumber,
        receivedOn,
        channel,
        street,
        community,
        category,
        respondentAgency,
        applicants == null ? null : List.copyOf(applicants),
        actKind,
        reviewDueOn);
  }
}
