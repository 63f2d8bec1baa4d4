package org.disputeregistry.query.reconsideration;

import java.time.LocalDate;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.Unclassified;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationDismissedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDeemedAbandonedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationNotAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationProcedureConvertedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationRedirectedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationResumedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationSuspendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTerminatedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationWithdrawnEvent;
import org.disputeregistry.query.directory.Codes;
import org.disputeregistry.query.directory.Directories;
import org.disputeregistry.query.projection.CaseTable;
import org.disputeregistry.query.projection.EventHandlers;
import org.disputeregistry.query.projection.Projection;
import org.disputeregistry.query.projection.ReadModelWrites;
import org.springframework.stereotype.Component;

/**
 * One row per reconsideration case with the dates and the ending that the statistics count. Steps
 * that change nothing counted (hearings, corrections) are not projected.
 */
@Component
class ReconsiderationProjection implements Projection {

  private final ReadModelWrites writes;
  private final CaseTable cases;
  private final Directories directories;

  ReconsiderationProjection(ReadModelWrites writes, Directories directories) {
    this.writes = writes;
    this.cases = new CaseTable(writes, "reconsideration_case");
    this.directories = directories;
  }

  private final EventHandlers handlers =
      new EventHandlers()
          .on(ReconsiderationApplicationReceivedEvent.class, this::received)
          .on(
              ReconsiderationAcceptedEvent.class,
              e ->
                  update(
                      e,
                      "accepted_on = ?, procedure = ?, decision_due_on = ?",
                      e.acceptedOn(),
                      e.procedure().name(),
                      e.decisionDueOn()))
          .on(
              ReconsiderationNotAcceptedEvent.class,
              e -> update(e, "not_accepted_on = ?", e.decidedOn()))
          .on(
              ReconsiderationRedirectedEvent.class,
              e -> update(e, "redirected_on = ?", e.redirectedOn()))
          .on(
              ReconsiderationDeemedAbandonedEvent.class,
              e -> update(e, "abandoned_on = ?", e.abandonedOn()))
          .on(
              ReconsiderationSuspendedEvent.class,
              e -> update(e, "suspended_on = ?", e.suspendedOn()))
          .on(
              ReconsiderationResumedEvent.class,
              e -> update(e, "suspended_on = NULL, decision_due_on = ?", e.decisionDueOn()))
          .on(
              ReconsiderationTimeLimitExtendedEvent.class,
              e -> update(e, "decision_due_on = ?", e.decisionDueOn()))
          .on(
              ReconsiderationProcedureConvertedEvent.class,
              e ->
                  update(
                      e,
                      "procedure = ?, decision_due_on = ?",
                      e.procedure().name(),
                      e.decisionDueOn()))
          .on(
              ReconsiderationMediationAgreementEffectiveEvent.class,
              e -> close(e, e.effectiveOn(), Ending.MEDIATION_AGREEMENT))
          .on(
              ReconsiderationWithdrawnEvent.class,
              e -> close(e, e.approvedOn(), Ending.of(e.reason())))
          .on(
              ReconsiderationTerminatedEvent.class,
              e -> close(e, e.terminatedOn(), Ending.TERMINATED))
          .on(
              ReconsiderationDecidedEvent.class,
              e -> close(e, e.decidedOn(), Ending.of(e.outcome())))
          .on(
              ReconsiderationApplicationDismissedEvent.class,
              e -> close(e, e.dismissedOn(), Ending.APPLICATION_DISMISSED));

  @Override
  public void forget(CaseId caseId) {
    cases.delete(caseId);
  }

  @Override
  public void apply(EventEnvelope envelope, CaseEvent event) {
    handlers.handle(event);
  }

  /**
   * The respondent as typed and as the directory maps it; events of the first revision 1 shape have
   * no applicants and act kind: they count as {@code UNKNOWN}.
   */
  private void received(ReconsiderationApplicationReceivedEvent e) {
    Directories.Respondent respondent = directories.respondent(e.respondentAgency());
    writes.add(
        e.caseId(),
        "INSERT INTO reconsideration_case (case_id, case_number, received_on, channel, street,"
            + " community, category, respondent_agency, respondent, respondent_level, act_kind,"
            + " applicant_kinds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        e.caseId().value(),
        e.caseNumber(),
        e.receivedOn(),
        e.channel().name(),
        e.street(),
        e.community(),
        e.category(),
        e.respondentAgency(),
        respondent.code(),
        respondent.level(),
        e.actKind() == null ? Unclassified.UNKNOWN.name() : e.actKind().name(),
        Codes.distinct(e.applicants()));
  }

  /**
   * The ending of an accepted case. It is on time if it falls on or before the decision due date,
   * which the command side moved for extensions and suspensions.
   */
  private void close(CaseEvent e, LocalDate closedOn, Ending ending) {
    update(
        e,
        "closed_on = ?, ending = ?, closed_on_time = (decision_due_on IS NULL OR ? <= decision_due_on)",
        closedOn,
        ending.name(),
        closedOn);
  }

  private void update(CaseEvent e, String assignments, Object... values) {
    cases.update(e, assignments, values);
  }
}
