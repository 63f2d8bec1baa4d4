package org.disputeregistry.events.reconsideration;

import java.time.LocalDate;
import java.util.List;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Nullable;

/**
 * An application for administrative reconsideration (行政复议申请) was received. {@code applicants},
 * {@code actKind} and {@code reviewDueOn} were added later in revision 1; events recorded before
 * carry null there.
 *
 * @param reviewDueOn the office must accept, refuse or ask for correction by then (5 days)
 */
public record ReconsiderationApplicationReceivedEvent(
    CaseId caseId,
    String caseNumber,
    LocalDate receivedOn,
    ApplicationChannel channel,
    String street,
    String community,
    String category,
    String respondentAgency,
    @Nullable List<ApplicantKind> applicants,
    @Nullable AdministrativeActKind actKind,
    @Nullable LocalDate reviewDueOn)
    implements CaseEvent {

  /** An application in the first shape of revision 1, without applicants, act and due date. */
  public ReconsiderationApplicationReceivedEvent(
      CaseId caseId,
      String caseNumber,
      LocalDate receivedOn,
      ApplicationChannel channel,
      String street,
      String community,
      String category,
      String respondentAgency) {
    this(
        caseId,
        caseNumber,
        receivedOn,
        channel,
        street,
        community,
        category,
        respondentAgency,
        null,
        null,
        null);
  }

  @Override
  public LocalDate businessDate() {
    return receivedOn;
  }
}
