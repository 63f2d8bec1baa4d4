package org.disputeregistry.query.petition;

import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionAssignedEvent;
import org.disputeregistry.events.petition.PetitionNotAcceptedEvent;
import org.disputeregistry.events.petition.PetitionNotResolvedEvent;
import org.disputeregistry.events.petition.PetitionReReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReReviewRequestedEvent;
import org.disputeregistry.events.petition.PetitionRedirectedEvent;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.disputeregistry.events.petition.PetitionRepliedEvent;
import org.disputeregistry.events.petition.PetitionReplyExtendedEvent;
import org.disputeregistry.events.petition.PetitionResolvedEvent;
import org.disputeregistry.events.petition.PetitionReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReviewRequestedEvent;
import org.disputeregistry.events.petition.PetitionSatisfactionRatedEvent;
import org.disputeregistry.query.directory.Directories;
import org.disputeregistry.query.projection.CaseTable;
import org.disputeregistry.query.projection.EventHandlers;
import org.disputeregistry.query.projection.Projection;
import org.disputeregistry.query.projection.ReadModelWrites;
import org.springframework.stereotype.Component;

/**
 * One row per petition with the date of every step that the statistics count, the due dates the
 * command side set, and whether acceptance and reply kept theirs.
 */
@Component
class PetitionProjection implements Projection {

  private final ReadModelWrites writes;
  private final CaseTable cases;
  private final Directories directories;

  PetitionProjection(ReadModelWrites writes, Directories directories) {
    this.writes = writes;
    this.cases = new CaseTable(writes, "petition_case");
    this.directories = directories;
  }

  private final EventHandlers handlers =
      new EventHandlers()
          .on(PetitionRegisteredEvent.class, this::registered)
          .on(
              PetitionAcceptedEvent.class,
              e ->
                  update(
                      e,
                      "accepted_on = ?, accepted_on_time = (? <= acceptance_due_on),"
                          + " reply_due_on = ?",
                      e.acceptedOn(),
                      e.acceptedOn(),
                      e.replyDueOn()))
          .on(PetitionNotAcceptedEvent.class, e -> update(e, "not_accepted_on = ?", e.decidedOn()))
          .on(
              PetitionRedirectedEvent.class,
              e ->
                  update(
                      e,
                      "redirected_on = ?, legal_channel = ?",
                      e.redirectedOn(),
                      e.legalChannel().name()))
          .on(PetitionAssignedEvent.class, this::assigned)
          .on(
              PetitionReplyExtendedEvent.class,
              e -> update(e, "reply_due_on = ?, reply_extended = TRUE", e.replyDueOn()))
          .on(
              PetitionRepliedEvent.class,
              e ->
                  update(
                      e,
                      "replied_on = ?, replied_on_time = (? <= reply_due_on)",
                      e.repliedOn(),
                      e.repliedOn()))
          .on(
              PetitionResolvedEvent.class,
              e ->
                  update(
                      e,
                      "resolution = ?, resolution_on = ?",
                      Resolution.RESOLVED.name(),
                      e.resolvedOn()))
          .on(
              PetitionNotResolvedEvent.class,
              e ->
                  update(
                      e,
                      "resolution = ?, resolution_on = ?",
                      Resolution.NOT_RESOLVED.name(),
                      e.concludedOn()))
          .on(
              PetitionSatisfactionRatedEvent.class,
              e ->
                  update(e, "satisfaction = ?, rated_on = ?", e.satisfaction().name(), e.ratedOn()))
          .on(
              PetitionReviewRequestedEvent.class,
              e ->
                  update(
                      e,
                      "review_requested_on = ?, review_due_on = ?",
                      e.requestedOn(),
                      e.decisionDueOn()))
          .on(
              PetitionReviewDecidedEvent.class,
              e ->
                  update(
                      e,
                      "review_decided_on = ?, review_outcome = ?",
                      e.decidedOn(),
                      e.outcome().name()))
          .on(
              PetitionReReviewRequestedEvent.class,
              e ->
                  update(
                      e,
                      "re_review_requested_on = ?, re_review_due_on = ?",
                      e.requestedOn(),
                      e.decisionDueOn()))
          .on(
              PetitionReReviewDecidedEvent.class,
              e ->
                  update(
                      e,
                      "re_review_decided_on = ?, re_review_outcome = ?",
                      e.decidedOn(),
                      e.outcome().name()));

  @Override
  public void forget(CaseId caseId) {
    cases.delete(caseId);
  }

  @Override
  public void apply(EventEnvelope envelope, CaseEvent event) {
    handlers.handle(event);
  }

  /** The department as named, and its code in the directory (or {@code UNMAPPED}). */
  private void assigned(PetitionAssignedEvent e) {
    update(
        e,
        "assigned_on = ?, assignment_due_on = ?, department = ?, department_text = ?",
        e.assignedOn(),
        e.dueOn(),
        directories.department(e.department()),
        e.department());
  }

  private void registered(PetitionRegisteredEvent e) {
    writes.add(
        e.caseId(),
        "INSERT INTO petition_case (case_id, case_number, registered_on, channel, persons,"
            + " is_group, is_repeat, street, community, category, acceptance_due_on)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        e.caseId().value(),
        e.caseNumber(),
        e.registeredOn(),
        e.channel().name(),
        e.persons(),
        e.group(),
        e.repeat(),
        e.street(),
        e.community(),
        e.category(),
        e.acceptanceDueOn());
  }

  private void update(CaseEvent e, String assignments, Object... values) {
    cases.update(e, assignments, values);
  }
}
