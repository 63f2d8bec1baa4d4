package org.disputeregistry.command.reconsideration;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disputeregistry.command.casenumber.CaseNumberRegistry;
import org.disputeregistry.command.reference.ReferenceCodes;
import org.disputeregistry.command.rules.BusinessDates;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;

/** One administrative reconsideration case (行政复议), from application to its ending. */
@Aggregate
class ReconsiderationCase {

  @AggregateIdentifier private CaseId caseId;
  private ReconsiderationApplicationReceivedEvent application;

  ReconsiderationCase() {
    // For Axon: a case is rebuilt from its events.
  }

  // Create-if-missing so that a retried request finds the case and is answered without a second
  // event, while a different application under the same id is refused.
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Receipt handle(
      ReceiveApplicationCommand command,
      Clock clock,
      ReferenceCodes referenceCodes,
      CaseNumberRegistry caseNumbers) {
    ReconsiderationApplicationReceivedEvent received = command.toEvent();
    if (application != null) {
      if (application.equals(received)) {
        return Receipt.ALREADY_RECORDED;
      }
      throw new RuleViolation(
          ErrorCode.CASE_ID_TAKEN,
          "caseId",
          "Case " + command.caseId() + " was already opened with a different application");
    }
    BusinessDates.requirePlausible("receivedOn", command.receivedOn(), clock);
    referenceCodes.requirePlace(command.street(), command.community());
    referenceCodes.requireCategory(command.category());
    caseNumbers.claim(
        CaseType.RECONSIDERATION,
        command.receivedOn().getYear(),
        command.caseNumber(),
        command.caseId());
    apply(received);
    return Receipt.RECORDED;
  }

  @EventSourcingHandler
  void on(ReconsiderationApplicationReceivedEvent event) {
    caseId = event.caseId();
    application = event;
  }

  ReconsiderationView view() {
    return ReconsiderationView.of(application);
  }
}
