package org.disputeregistry.query.petition;

import java.util.LinkedHashMap;
import java.util.Map;
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
import org.disputeregistry.query.projection.OnTime;
import org.disputeregistry.query.projection.Projection;
import org.disputeregistry.query.projection.ReadModelWrites;
import org.springframework.stereotype.Component;

/**
 * One row per petition with the date of every step that the statistics count, the due dates the
 * command side set, and whether acceptance and reply kept theirs. A batch's steps of a petition
 * fold into one write of its row ({@link CaseTable#set}).
 */
@Component
class PetitionProjection implements Projection {

  private final CaseTable cases;
  private final Directories directories;

  PetitionProjection(ReadModelWrites writes, Directories directories) {
    this.cases = new CaseTable(writes, "petition_case");
    this.directories = directories;
  }

  private final EventHandlers handlers =
      new EventHandlers()
          .on(PetitionRegisteredEvent.class, this::registered)
          .on(
              PetitionAcceptedEvent.class,
              e ->
                  set(
                      e,
                      "accepted_on",
                      e.acceptedOn(),
                      "accepted_on_time",
                      OnTime.by(e.acceptedOn(), "acceptance_due_on"),
                      "reply_due_on",
                      e.replyDueOn()))
          .on(PetitionNotAcceptedEvent.class, e -> set(e, "not_accepted_on", e.decidedOn()))
          .on(
              PetitionRedirectedEvent.class,
              e ->
                  set(
                      e,
                      "redirected_on",
                      e.redirectedOn(),
                      "legal_channel",
                      e.legalChannel().name()))
          .on(PetitionAssignedEvent.class, this::assigned)
          .on(
              PetitionReplyExtendedEvent.class,
              e -> set(e, "reply_due_on", e.replyDueOn(), "reply_extended", true))
          .on(
              PetitionRepliedEvent.class,
              e ->
                  set(
                      e,
                      "replied_on",
                      e.repliedOn(),
                      "replied_on_time",
                      OnTime.by(e.repliedOn(), "reply_due_on")))
          .on(
              PetitionResolvedEvent.class,
              e ->
                  set(e, "resolution", Resolution.RESOLVED.name(), "resolution_on", e.resolvedOn()))
          .on(
              PetitionNotResolvedEvent.class,
              e ->
                  set(
                      e,
                      "resolution",
                      Resolution.NOT_RESOLVED.name(),
                      "resolution_on",
                      e.concludedOn()))
          .on(
              PetitionSatisfactionRatedEvent.class,
              e -> set(e, "satisfaction", e.satisfaction().name(), "rated_on", e.ratedOn()))
          .on(
              PetitionReviewRequestedEvent.class,
              e ->
                  set(
                      e,
                      "review_requested_on",
                      e.requestedOn(),
                      "review_due_on",
                      e.decisionDueOn()))
          .on(
              PetitionReviewDecidedEvent.class,
              e -> set(e, "review_decided_on", e.decidedOn(), "review_outcome", e.outcome().name()))
          .on(
              PetitionReReviewRequestedEvent.class,
              e ->
                  set(
                      e,
                      "re_review_requested_on",
                      e.requestedOn(),
                      "re_review_due_on",
                      e.decisionDueOn()))
          .on(
              PetitionReReviewDecidedEvent.class,
              e ->
                  set(
                      e,
                      "re_review_decided_on",
                      e.decidedOn(),
                      "re_review_outcome",
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
    set(
        e,
        "assigned_on",
        e.assignedOn(),
        "assignment_due_on",
        e.dueOn(),
        "department",
        directories.department(e.department()),
        "department_text",
        e.department());
  }

  private void registered(PetitionRegisteredEvent e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("case_number", e.caseNumber());
    row.put("registered_on", e.registeredOn());
    row.put("channel", e.channel().name());
    row.put("persons", e.persons());
    row.put("is_group", e.group());
    row.put("is_repeat", e.repeat());
    row.put("street", e.street());
    row.put("community", e.community());
    row.put("category", e.category());
    row.put("acceptance_due_on", e.acceptanceDueOn());
    cases.insert(e.caseId(), row);
  }

  /** Columns as name, value, name, value...: folded into the batch's write of the case's row. */
  private void set(CaseEvent e, Object... namesAndValues) {
    cases.set(e, namesAndValues);
  }
}
