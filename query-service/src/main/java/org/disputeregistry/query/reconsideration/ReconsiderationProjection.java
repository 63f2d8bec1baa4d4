package org.disputeregistry.query.reconsideration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.disputeregistry.query.projection.OnTime;
import org.disputeregistry.query.projection.Projection;
import org.disputeregistry.query.projection.ReadModelWrites;
import org.springframework.stereotype.Component;

/**
 * One row per reconsideration case with the dates and the ending that the statistics count. Steps
 * that change nothing counted (hearings, corrections) are not projected.
 */
@Component
class ReconsiderationProjection implements Projection {

  private final CaseTable cases;
  private final Directories directories;

  ReconsiderationProjection(ReadModelWrites writes, Directories directories) {
    this.cases = new CaseTable(writes, "reconsideration_case");
    this.directories = directories;
  }

  private final EventHandlers handlers =
      new EventHandlers()
          .on(ReconsiderationApplicationReceivedEvent.class, this::received)
          .on(
              ReconsiderationAcceptedEvent.class,
              e ->
                  set(
                      e,
                      "accepted_on",
                      e.acceptedOn(),
                      "procedure",
                      e.procedure().name(),
                      "decision_due_on",
                      e.decisionDueOn()))
          .on(ReconsiderationNotAcceptedEvent.class, e -> set(e, "not_accepted_on", e.decidedOn()))
          .on(ReconsiderationRedirectedEvent.class, e -> set(e, "redirected_on", e.redirectedOn()))
          .on(
              ReconsiderationDeemedAbandonedEvent.class,
              e -> set(e, "abandoned_on", e.abandonedOn()))
          .on(ReconsiderationSuspendedEvent.class, e -> set(e, "suspended_on", e.suspendedOn()))
          .on(
              ReconsiderationResumedEvent.class,
              e -> set(e, "suspended_on", null, "decision_due_on", e.decisionDueOn()))
          .on(
              ReconsiderationTimeLimitExtendedEvent.class,
              e -> set(e, "decision_due_on", e.decisionDueOn()))
          .on(
              ReconsiderationProcedureConvertedEvent.class,
              e -> set(e, "procedure", e.procedure().name(), "decision_due_on", e.decisionDueOn()))
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
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("case_number", e.caseNumber());
    row.put("received_on", e.receivedOn());
    row.put("channel", e.channel().name());
    row.put("street", e.street());
    row.put("community", e.community());
    row.put("category", e.category());
    row.put("respondent_agency", e.respondentAgency());
    row.put("respondent", respondent.code());
    row.put("respondent_level", respondent.level());
    row.put("act_kind", e.actKind() == null ? Unclassified.UNKNOWN.name() : e.actKind().name());
    row.put("applicant_kinds", Codes.distinct(e.applicants()));
    cases.insert(e.caseId(), row);
  }

  /**
   * The ending of an accepted case. It is on time if it falls on or before the decision due date,
   * which the command side moved for extensions and suspensions (as the case's earlier steps left
   * it), or if the case has none.
   */
  private void close(CaseEvent e, LocalDate closedOn, Ending ending) {
    set(
        e,
        "closed_on",
        closedOn,
        "ending",
        ending.name(),
        "closed_on_time",
        OnTime.byAnyDue(closedOn, "decision_due_on"));
  }

  /** Columns as name, value, name, value...: folded into the batch's write of the case's row. */
  private void set(CaseEvent e, Object... namesAndValues) {
    cases.set(e, namesAndValues);
  }
}
