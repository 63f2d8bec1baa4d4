package org.disputeregistry.query.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.Ownership;
import org.disputeregistry.events.mediation.CommercialMediationApplicationReceivedEvent;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.query.cases.CaseStates.CommercialMediation;
import org.disputeregistry.query.cases.CaseStates.Petition;
import org.disputeregistry.query.cases.CaseStates.Reconsideration;
import org.disputeregistry.query.projection.CaseTable;
import org.disputeregistry.query.projection.Projection;
import org.disputeregistry.query.projection.ReadModelWrites;
import org.springframework.stereotype.Component;

/**
 * One row per case in {@code case_summary}: opened by the case's first event, then every event of
 * the case sets its version and last business date and what its step changes ({@link
 * SummarySteps}), in one statement. Service-contact days are logs of a site's day, not cases: they
 * have no number, state or handler, and are left out.
 */
@Component
class CaseSummaryProjection implements Projection {

  private static final String INSERT =
      "INSERT INTO case_summary (case_id, case_type, case_number, state, street, community,"
          + " category, organisation, received_on, next_due_on, last_business_date, version)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final ReadModelWrites writes;
  private final CaseTable cases;

  CaseSummaryProjection(ReadModelWrites writes) {
    this.writes = writes;
    this.cases = new CaseTable(writes, "case_summary");
  }

  @Override
  public void forget(CaseId caseId) {
    cases.delete(caseId);
  }

  @Override
  public void apply(EventEnvelope envelope, CaseEvent event) {
    if (CaseKind.of(envelope.caseType()).isEmpty()) {
      return;
    }
    Opening opening = Opening.of(event);
    if (opening != null) {
      writes.add(
          event.caseId(),
          INSERT,
          event.caseId().value(),
          envelope.caseType().name(),
          opening.caseNumber,
          opening.state.name(),
          opening.street,
          opening.community,
          opening.category,
          Ownership.ofOpening(event),
          event.businessDate(),
          opening.dueOn,
          event.businessDate(),
          envelope.sequence());
      return;
    }
    Change change = SummarySteps.of(event);
    List<Object> values = new ArrayList<>();
    values.add(envelope.sequence());
    values.add(event.businessDate());
    values.addAll(change.values());
    cases.update(
        event, "version = ?, last_business_date = ?" + change.assignments(), values.toArray());
  }

  /** What a case's first event says of it. */
  private record Opening(
      String caseNumber,
      Enum<?> state,
      String street,
      String community,
      String category,
      LocalDate dueOn) {

    /** The opening of a case, or null if the event is a later step. */
    static Opening of(CaseEvent event) {
      if (event instanceof ReconsiderationApplicationReceivedEvent e) {
        return new Opening(
            e.caseNumber(),
            Reconsideration.RECEIVED,
            e.street(),
            e.community(),
            e.category(),
            e.reviewDueOn());
      }
      if (event instanceof CommercialMediationApplicationReceivedEvent e) {
        return new Opening(
            e.caseNumber(),
            CommercialMediation.RECEIVED,
            e.street(),
            e.community(),
            e.disputeType().name(),
            null);
      }
      if (event instanceof PetitionRegisteredEvent e) {
        return new Opening(
            e.caseNumber(),
            Petition.REGISTERED,
            e.street(),
            e.community(),
            e.category(),
            e.acceptanceDueOn());
      }
      return null;
    }
  }
}
