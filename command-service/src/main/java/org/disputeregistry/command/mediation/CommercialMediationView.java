package org.disputeregistry.command.mediation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.disputeregistry.command.lifecycle.RunningDeadline;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.mediation.CommercialDisputeType;
import org.disputeregistry.events.mediation.MediationSource;
import org.disputeregistry.events.mediation.PartyOrigin;
import org.disputeregistry.events.mediation.Performance;

/**
 * The current state of a commercial mediation case as the command side knows it.
 *
 * @param version the sequence number of its last event; send it back as {@code If-Match}
 * @param mediator the mediator appointed now (null after a recusal until the next appointment)
 * @param judicialConfirmation null, APPLIED, or the court's ruling
 * @param confirmationDueOn once agreed, until judicial confirmation is applied for or the agreement
 *     performed: the parties' last day to apply (民事诉讼法 Art. 205)
 * @param deadlines every time limit running now, with its article
 */
public record CommercialMediationView(
    CaseId caseId,
    String caseNumber,
    String state,
    long version,
    LocalDate receivedOn,
    String centre,
    MediationSource source,
    List<PartyOrigin> parties,
    CommercialDisputeType disputeType,
    Money amountInDispute,
    String street,
    String community,
    LocalDate acceptedOn,
    String mediator,
    int sessions,
    Money amountAgreed,
    LocalDate endedOn,
    String judicialConfirmation,
    Performance performance,
    Money amountPerformed,
    LocalDate confirmationDueOn,
    List<RunningDeadline> deadlines,
    @Schema(
            description =
                "The steps the case's state allows, by the path segment of their POST (a step's"
                    + " date and body are still checked when it is recorded)",
            example = "[\"session\",\"agreement\",\"ending-without-agreement\"]")
        List<String> nextSteps) {}
