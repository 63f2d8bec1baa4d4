package org.disputeregistry.query.cases;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * SummarySteps}). A batch's steps of a case fold into one write of its row ({@link CaseTable#set}),
 * into its insert if the batch opened it. Service-contact days are logs of a site's day, not cases:
 * they have no number, state or handler, and are left out.
 */
@Component
class CaseSummaryProjection implements Projection {

  private final CaseTable cases;

  CaseSummaryProjection(ReadModelWrites writes) {
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
    Map<String, Object> row = new LinkedHashMap<>();
    if (opening != null) {
      row.put("case_type", envelope.caseType().name());
      row.put("case_number", opening.caseNumber);
      row.put("state", opening.state.name());
      row.put("street", opening.street);
      row.put("community", opening.community);
      row.put("category", opening.category);
      row.put("organisation", Ownership.ofOpening(event));
      row.put("received_on", event.businessDate());
      row.put("next_due_on", opening.dueOn);
      row.put("last_business_date", event.businessDate());
      row.put("version", envelope.sequence());
      cases.insert(event.caseId(), row);
      return;
    }
    row.put("version", envelope.sequence());
    row.put("last_business_date", event.businessDate());
    SummarySteps.of(event).addTo(row);
    cases.set(event, row);
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
