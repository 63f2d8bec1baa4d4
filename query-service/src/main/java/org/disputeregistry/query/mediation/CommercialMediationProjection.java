package org.disputeregistry.query.mediation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.mediation.CommercialMediationAcceptedEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementPerformedEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementSignedEvent;
import org.disputeregistry.events.mediation.CommercialMediationApplicationReceivedEvent;
import org.disputeregistry.events.mediation.CommercialMediationEndedWithoutAgreementEvent;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationAppliedEvent;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationRuledEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorAppointedEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorRecusedEvent;
import org.disputeregistry.events.mediation.CommercialMediationNotAcceptedEvent;
import org.disputeregistry.events.mediation.CommercialMediationWithdrawnEvent;
import org.disputeregistry.query.directory.Codes;
import org.disputeregistry.query.projection.CaseTable;
import org.disputeregistry.query.projection.EventHandlers;
import org.disputeregistry.query.projection.Projection;
import org.disputeregistry.query.projection.ReadModelWrites;
import org.springframework.stereotype.Component;

/**
 * One row per commercial mediation case with the dates, amounts and ending that the statistics
 * count. Sessions change nothing counted and are not projected.
 */
@Component
class CommercialMediationProjection implements Projection {

  private final CaseTable cases;

  CommercialMediationProjection(ReadModelWrites writes) {
    this.cases = new CaseTable(writes, "commercial_mediation_case");
  }

  private final EventHandlers handlers =
      new EventHandlers()
          .on(CommercialMediationApplicationReceivedEvent.class, this::received)
          .on(CommercialMediationAcceptedEvent.class, e -> set(e, "accepted_on", e.acceptedOn()))
          .on(
              CommercialMediationNotAcceptedEvent.class,
              e -> set(e, "not_accepted_on", e.decidedOn()))
          .on(
              CommercialMediationMediatorAppointedEvent.class,
              e -> set(e, "mediator", e.mediator()))
          .on(CommercialMediationMediatorRecusedEvent.class, e -> set(e, "mediator", null))
          .on(CommercialMediationAgreementSignedEvent.class, this::agreed)
          .on(
              CommercialMediationEndedWithoutAgreementEvent.class,
              e -> conclude(e, e.endedOn(), Conclusion.NO_AGREEMENT, e.mediator()))
          .on(
              CommercialMediationWithdrawnEvent.class,
              e -> conclude(e, e.withdrawnOn(), Conclusion.WITHDRAWN, null))
          .on(
              CommercialMediationJudicialConfirmationAppliedEvent.class,
              e -> set(e, "confirmation_applied_on", e.appliedOn()))
          .on(
              CommercialMediationJudicialConfirmationRuledEvent.class,
              e ->
                  set(
                      e,
                      "confirmation_ruled_on",
                      e.ruledOn(),
                      "confirmation_ruling",
                      e.ruling().name()))
          .on(CommercialMediationAgreementPerformedEvent.class, this::performed);

  @Override
  public void forget(CaseId caseId) {
    cases.delete(caseId);
  }

  @Override
  public void apply(EventEnvelope envelope, CaseEvent event) {
    handlers.handle(event);
  }

  private void received(CommercialMediationApplicationReceivedEvent e) {
    Money amount = e.amountInDispute();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("case_number", e.caseNumber());
    row.put("received_on", e.receivedOn());
    row.put("centre", e.centre());
    row.put("source", e.source().name());
    row.put("dispute_type", e.disputeType().name());
    row.put("street", e.street());
    row.put("community", e.community());
    row.put("amount_in_dispute", amount.amount());
    row.put("dispute_currency", amount.currency());
    row.put("party_origins", Codes.distinct(e.parties()));
    cases.insert(e.caseId(), row);
  }

  private void agreed(CommercialMediationAgreementSignedEvent e) {
    Map<String, Object> columns = concluded(e.signedOn(), Conclusion.AGREEMENT, e.mediator());
    columns.put("amount_agreed", e.amountAgreed().amount());
    columns.put("agreed_currency", e.amountAgreed().currency());
    cases.set(e, columns);
  }

  private void conclude(CaseEvent e, LocalDate on, Conclusion conclusion, String mediator) {
    cases.set(e, concluded(on, conclusion, mediator));
  }

  /** The mediator named at the conclusion, if any, replaces the one appointed. */
  private static Map<String, Object> concluded(
      LocalDate on, Conclusion conclusion, String mediator) {
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("concluded_on", on);
    columns.put("conclusion", conclusion.name());
    if (mediator != null) {
      columns.put("mediator", mediator);
    }
    return columns;
  }

  /** A partial performance may be followed by more; the latest one holds the amount so far. */
  private void performed(CommercialMediationAgreementPerformedEvent e) {
    set(
        e,
        "performed_on",
        e.performedOn(),
        "performance",
        e.performance().name(),
        "amount_performed",
        e.amountPerformed() == null ? null : e.amountPerformed().amount(),
        "performed_currency",
        e.amountPerformed() == null ? null : e.amountPerformed().currency());
  }

  /** Columns as name, value, name, value...: folded into the batch's write of the case's row. */
  private void set(CaseEvent e, Object... namesAndValues) {
    cases.set(e, namesAndValues);
  }
}
