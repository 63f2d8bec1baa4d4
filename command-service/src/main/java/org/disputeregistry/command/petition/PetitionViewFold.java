package org.disputeregistry.command.petition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.disputeregistry.command.lifecycle.CaseFold;
import org.disputeregistry.command.lifecycle.RunningDeadline;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionAssignedEvent;
import org.disputeregistry.events.petition.PetitionNotResolvedEvent;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.disputeregistry.events.petition.PetitionRepliedEvent;
import org.disputeregistry.events.petition.PetitionReplyExtendedEvent;
import org.disputeregistry.events.petition.PetitionResolvedEvent;
import org.disputeregistry.events.petition.PetitionSatisfactionRatedEvent;
import org.disputeregistry.events.petition.Satisfaction;
import org.disputeregistry.statutory.law.PetitionRegulation;

/** Builds a {@link PetitionView} from a petition's events. */
class PetitionViewFold implements CaseFold<PetitionView> {

  private PetitionRegisteredEvent registration;
  private PetitionStanding standing;
  private LocalDate nextDueOn;
  private LocalDate acceptedOn;
  private PetitionAssignedEvent assignment;
  private boolean extended;
  private LocalDate repliedOn;
  private PetitionResolution resolution;
  private Satisfaction satisfaction;

  @Override
  public void on(Object event) {
    if (event instanceof PetitionRegisteredEvent registered) {
      registration = registered;
      standing =
          PetitionStanding.registered(PetitionRegulation.inForceOn(registered.registeredOn()));
      nextDueOn = registered.acceptanceDueOn();
      return;
    }
    StepEvent step = (StepEvent) event;
    standing = standing.after(step);
    nextDueOn = NextDueDate.after(step, nextDueOn);
    if (step instanceof PetitionAcceptedEvent accepted) {
      acceptedOn = accepted.acceptedOn();
    } else if (step instanceof PetitionAssignedEvent assigned) {
      assignment = assigned;
    } else if (step instanceof PetitionReplyExtendedEvent) {
      extended = true;
    } else if (step instanceof PetitionRepliedEvent replied) {
      repliedOn = replied.repliedOn();
    } else if (step instanceof PetitionResolvedEvent) {
      resolution = PetitionResolution.RESOLVED;
    } else if (step instanceof PetitionNotResolvedEvent) {
      resolution = PetitionResolution.NOT_RESOLVED;
    } else if (step instanceof PetitionSatisfactionRatedEvent rated) {
      satisfaction = rated.satisfaction();
    }
  }

  @Override
  public PetitionView view(long version) {
    return new PetitionView(
        registration.caseId(),
        registration.caseNumber(),
        standing.state().name(),
        version,
        registration.registeredOn(),
        registration.channel(),
        registration.persons(),
        registration.group(),
        registration.repeat(),
        registration.street(),
        registration.community(),
        registration.category(),
        acceptedOn,
        assignment == null ? null : assignment.department(),
        assignment == null ? null : assignment.dueOn(),
        extended,
        repliedOn,
        resolution == null ? null : resolution.name(),
        satisfaction,
        nextDueOn,
        deadlines(),
        PetitionStep.allowedIn(standing));
  }

  /**
   * The statutory limit running in the petition's state, and while it awaits its reply the due date
   * of the department it was assigned to (set by the assigning office, not by the regulation).
   */
  private List<RunningDeadline> deadlines() {
    PetitionRegulation regulation = standing.regulation();
    List<RunningDeadline> running = new ArrayList<>();
    switch (standing.state()) {
      case REGISTERED ->
          running.add(
              RunningDeadline.of("ACCEPTANCE", "nextDueOn", nextDueOn, regulation.acceptance()));
      case ACCEPTED -> {
        running.add(RunningDeadline.of("REPLY", "nextDueOn", nextDueOn, regulation.reply()));
        if (assignment != null) {
          running.add(
              new RunningDeadline(
                  "ASSIGNMENT",
                  "departmentDueOn",
                  assignment.dueOn(),
                  "set by the assigning office (" + regulation.title() + ")"));
        }
      }
      case REPLIED ->
          running.add(
              RunningDeadline.of(
                  "REVIEW_REQUEST", "nextDueOn", nextDueOn, regulation.reviewRequest()));
      case UNDER_REVIEW ->
          running.add(
              RunningDeadline.of(
                  "REVIEW_DECISION", "nextDueOn", nextDueOn, regulation.reviewDecision()));
      case REVIEWED ->
          running.add(
              RunningDeadline.of(
                  "RE_REVIEW_REQUEST", "nextDueOn", nextDueOn, regulation.reReviewRequest()));
      case UNDER_RE_REVIEW ->
          running.add(
              RunningDeadline.of(
                  "RE_REVIEW_DECISION", "nextDueOn", nextDueOn, regulation.reReviewDecision()));
      default -> {
        // not accepted, redirected or concluded: nothing runs
      }
    }
    running.removeIf(Objects::isNull);
    return List.copyOf(running);
  }
}
