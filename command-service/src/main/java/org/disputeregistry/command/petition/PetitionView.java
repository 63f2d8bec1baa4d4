package org.disputeregistry.command.petition;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.disputeregistry.command.lifecycle.RunningDeadline;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionChannel;
import org.disputeregistry.events.petition.Satisfaction;

/**
 * The current state of a petition as the command side knows it.
 *
 * @param version the sequence number of its last event; send it back as {@code If-Match}
 * @param resolution null until recorded, then RESOLVED or NOT_RESOLVED
 * @param nextDueOn the next statutory due date while one runs (acceptance, reply, review request,
 *     review decision, re-review request, re-review decision)
 * @param deadlines every time limit running now, with its article: the statutory one and, while an
 *     assignment is open, the department's due date the assigning office set
 */
public record PetitionView(
    CaseId caseId,
    String caseNumber,
    String state,
    long version,
    LocalDate registeredOn,
    PetitionChannel channel,
    int persons,
    boolean group,
    boolean repeat,
    String street,
    String community,
    String category,
    LocalDate acceptedOn,
    String department,
    LocalDate departmentDueOn,
    boolean extended,
    LocalDate repliedOn,
    String resolution,
    Satisfaction satisfaction,
    LocalDate nextDueOn,
    List<RunningDeadline> deadlines,
    @Schema(
            description =
                "The steps the petition's state allows, by the path segment of their POST (a"
                    + " step's date and body are still checked when it is recorded)",
            example = "[\"assignment\",\"extension\",\"reply\"]")
        List<String> nextSteps) {}
