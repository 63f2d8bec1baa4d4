package org.disputeregistry.command.petition;

import java.time.LocalDate;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionNotAcceptedEvent;
import org.disputeregistry.events.petition.PetitionReReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReReviewRequestedEvent;
import org.disputeregistry.events.petition.PetitionRedirectedEvent;
import org.disputeregistry.events.petition.PetitionRepliedEvent;
import org.disputeregistry.events.petition.PetitionReplyExtendedEvent;
import org.disputeregistry.events.petition.PetitionReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReviewRequestedEvent;

/**
 * The next statutory due date of a petition while one runs: acceptance (from registration), reply,
 * review request, review decision, re-review request, re-review decision; none once it is not
 * accepted, redirected or concluded. Each step that starts a period carries its due date.
 */
final class NextDueDate {

  private NextDueDate() {}

  /** The due date after the step, given the one before; steps that start none keep it. */
  static LocalDate after(StepEvent step, LocalDate current) {
    if (step instanceof PetitionAcceptedEvent accepted) {
      return accepted.replyDueOn();
    }
    if (step instanceof PetitionReplyExtendedEvent extended) {
      return extended.replyDueOn();
    }
    if (step instanceof PetitionRepliedEvent replied) {
      return replied.reviewRequestDueOn();
    }
    if (step instanceof PetitionReviewRequestedEvent requested) {
      return requested.decisionDueOn();
    }
    if (step instanceof PetitionReviewDecidedEvent decided) {
      return decided.reReviewRequestDueOn();
    }
    if (step instanceof PetitionReReviewRequestedEvent requested) {
      return requested.decisionDueOn();
    }
    if (step instanceof PetitionNotAcceptedEvent
        || step instanceof PetitionRedirectedEvent
        || step instanceof PetitionReReviewDecidedEvent) {
      return null;
    }
    return current;
  }
}
