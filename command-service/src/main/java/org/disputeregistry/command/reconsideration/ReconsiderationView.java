package org.disputeregistry.command.reconsideration;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.disputeregistry.command.lifecycle.RunningDeadline;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.AdministrativeActKind;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.Procedure;

/**
 * The current state of a case as the command side knows it.
 *
 * @param version the sequence number of its last event; send it back as {@code If-Match}
 * @param reviewDueOn while RECEIVED: accept, refuse or ask for correction by then
 * @param correctionDueOn while AWAITING_CORRECTION: the applicant's last day
 * @param decisionDueOn once accepted: the decision's due date (extension and suspensions included)
 * @param suspendedSince while SUSPENDED: since when the clock stands still
 * @param copyDueOn while under review and the copy not sent: the last day to send it to the
 *     respondent
 * @param respondentReplyDueOn once the copy was sent, until the respondent answered: its last day
 * @param deadlines every time limit running now, with its article (several at once are possible)
 * @param nextSteps the steps the case's state allows, by the path segment of their POST (a step's
 *     date and body are still checked when it is recorded)
 */
public record ReconsiderationView(
    CaseId caseId,
    String caseNumber,
    String state,
    long version,
    LocalDate receivedOn,
    ApplicationChannel channel,
    String street,
    String community,
    String category,
    String respondentAgency,
    List<ApplicantKind> applicants,
    AdministrativeActKind actKind,
    LocalDate reviewDueOn,
    LocalDate correctionDueOn,
    LocalDate acceptedOn,
    Procedure procedure,
    boolean deemedAccepted,
    LocalDate decisionDueOn,
    boolean extended,
    LocalDate suspendedSince,
    LocalDate copyDueOn,
    LocalDate respondentReplyDueOn,
    ReconsiderationEnding ending,
    String endingDetail,
    LocalDate closedOn,
    List<RunningDeadline> deadlines,
    @Schema(example = "[\"review-activity\",\"suspension\",\"decision\"]")
        List<String> nextSteps) {}
