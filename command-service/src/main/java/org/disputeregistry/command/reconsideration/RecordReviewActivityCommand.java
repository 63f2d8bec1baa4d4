package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.ReconsiderationReviewActivityRecordedEvent;
import org.disputeregistry.events.reconsideration.ReviewActivity;

/** Record that the respondent answered, views were heard or a hearing was held. */
public record RecordReviewActivityCommand(
    @TargetAggregateIdentifier CaseId caseId,
    UUID stepId,
    ReviewActivity activity,
    LocalDate heldOn)
    implements StepCommand {

  ReconsiderationReviewActivityRecordedEvent toEvent() {
    return new ReconsiderationReviewActivityRecordedEvent(caseId, stepId, activity, heldOn);
  }
}
