package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationCopySentToRespondentEvent;

/** Send the copy of the application to the respondent, who then has its period to reply. */
public record SendCopyToRespondentCommand(
    @TargetAggregateIdentifier CaseId caseId, UUID stepId, LocalDate sentOn)
    implements StepCommand {

  ReconsiderationCopySentToRespondentEvent toEvent(LocalDate respondentReplyDueOn) {
    return new ReconsiderationCopySentToRespondentEvent(
        caseId, stepId, sentOn, respondentReplyDueOn);
  }
}
