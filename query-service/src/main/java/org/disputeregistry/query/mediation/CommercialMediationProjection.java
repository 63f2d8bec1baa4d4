package org.disputeregistry.query.mediation;

import java.time.LocalDate;
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

  private final ReadModelWrites writes;
  private final CaseTable cases;

  CommercialMediationProjection(ReadModelWrites writes) {
    this.writes = writes;
    this.cases = new CaseTable(writes, "commercial_mediation_case");
  }

  private final EventHandlers handlers =
      new EventHandlers()
          .on(CommercialMediationApplicationReceivedEvent.class, this::received)
          .on(
              CommercialMediationAcceptedEvent.class,
              e -> update(e, "accepted_on = ?", e.acceptedOn()))
          .on(
              CommercialMediationNotAcceptedEvent.class,
              e -> update(e, "not_accepted_on = ?", e.decidedOn()))
          .on(
              CommercialMediationMediatorAppointedEvent.class,
              e -> update(e, "mediator = ?", e.mediator()))
          .on(CommercialMediationMediatorRecusedEvent.class, e -> update(e, "mediator = NULL"))
          .on(
              CommercialMediationAgreementSignedEvent.class,
              e ->
                  update(
                      e,
                      "concluded_on = ?, conclusion = ?, mediator = coalesce(?, mediator),"
                          + " amount_agreed = ?, agreed_currency = ?",
                      e.signedOn(),
                      Conclusion.AGREEMENT.name(),
                      e.mediator(),
                      e.amountAgreed().amount(),
                      e.amountAgreed().currency()))
          .on(
              CommercialMediationEndedWithoutAgreementEvent.class,
              e -> conclude(e, e.endedOn(), Conclusion.NO_AGREEMENT, e.mediator()))
          .on(
              CommercialMediationWithdrawnEvent.class,
              e -> conclude(e, e.withdrawnOn(), Conclusion.WITHDRAWN, null))
          .on(
              CommercialMediationJudicialConfirmationAppliedEvent.class,
              e -> update(e, "confirmation_applied_on = ?", e.appliedOn()))
          .on(
              CommercialMediationJudicialConfirmationRuledEvent.class,
              e ->
                  update(
                      e,
                      "confirmation_ruled_on = ?, confirmation_ruling = ?",
                      e.ruledOn(),
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
    writes.add(
        e.caseId(),
        "INSERT INTO commercial_mediation_case (case_id, case_number, received_on, centre, source,"
            + " dispute_type, street, community, amount_in_dispute, dispute_currency, party_origins)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        e.caseId().value(),
        e.caseNumber(),
        e.receivedOn(),
        e.centre(),
        e.source().name(),
        e.disputeType().name(),
        e.street(),
        e.community(),
        amount.amount(),
        amount.currency(),
        Codes.distinct(e.parties()));
  }

  private void conclude(CaseEvent e, LocalDate on, Conclusion conclusion, String mediator) {
    update(
        e,
        "concluded_on = ?, conclusion = ?, mediator = coalesce(?, mediator)",
        on,
        conclusion.name(),
        mediator);
  }

  /** A partial performance may be followed by more; the latest one holds the amount so far. */
  private void performed(CommercialMediationAgreementPerformedEvent e) {
    update(
        e,
        "performed_on = ?, performance = ?, amount_performed = ?, performed_currency = ?",
        e.performedOn(),
        e.performance().name(),
        e.amountPerformed() == null ? null : e.amountPerformed().amount(),
        e.amountPerformed() == null ? null : e.amountPerformed().currency());
  }

  private void update(CaseEvent e, String assignments, Object... values) {
    cases.update(e, assignments, values);
  }
}
