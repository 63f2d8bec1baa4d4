package org.disputeregistry.command.servicecontact;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disputeregistry.command.casenumber.CaseNumberRegistry;
import org.disputeregistry.command.lifecycle.Actor;
import org.disputeregistry.command.lifecycle.Openings;
import org.disputeregistry.command.lifecycle.Recorded;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.command.lifecycle.StepLog;
import org.disputeregistry.command.reference.ReferenceCodes;
import org.disputeregistry.command.rules.BusinessDates;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.servicecontact.ServiceContact;
import org.disputeregistry.events.servicecontact.ServiceContactDayOpenedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactsLoggedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactsVoidedEvent;

/**
 * The service contacts (服务人次) of one site of the public demand service platform on one day.
 * Contacts come in batches of up to 1,000, each keeping every contact's kind, persons and field, so
 * a year of about a million contacts is a few thousand logs of a few events each.
 */
@Aggregate
class ServiceContactDay {

  @AggregateIdentifier private CaseId caseId;
  private ServiceContactDayOpenedEvent opening;
  private ServiceDayState state;
  private final StepLog steps = new StepLog();

  /** The persons of each batch logged and not voided: what a void takes away. */
  private final Map<UUID, Long> personsByBatch = new HashMap<>();

  ServiceContactDay() {
    // For Axon: a log is rebuilt from its events.
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Recorded handle(
      OpenServiceDayCommand command,
      Clock clock,
      ReferenceCodes referenceCodes,
      CaseNumberRegistry siteDays,
      @MetaDataValue(Actor.ORGANISATION_KEY) String organisation) {
    ServiceContactDayOpenedEvent opened = command.toEvent();
    Openings.requireMayWrite(opened, organisation);
    if (opening != null) {
      return Openings.again(opened, opening, caseId, state);
    }
    BusinessDates.requirePlausible("servedOn", command.servedOn(), clock);
    referenceCodes.requirePlace(command.street(), command.community());
    try {
      siteDays.claim(
          CaseType.SERVICE_CONTACT,
          command.servedOn().getYear(),
          command.siteDay(),
          command.caseId());
    } catch (RuleViolation taken) {
      throw new RuleViolation(
          taken.code(),
          "site",
          command.site() + " already has a log for " + command.servedOn() + " (another case id)");
    }
    apply(opened);
    return Recorded.opened(caseId, state);
  }

  /**
   * Every step: only by an organisation that may write the case; a retry is answered from the log,
   * a stale If-Match refused, an unknown id 404.
   */
  @CommandHandlerInterceptor
  Object guardStep(
      StepCommand command,
      InterceptorChain chain,
      @MetaDataValue(StepLog.EXPECTED_VERSION) Long expectedVersion,
      @MetaDataValue(Actor.ORGANISATION_KEY) String organisation)
      throws Exception {
    Openings.requireMayWrite(opening, organisation);
    return steps.guard(command, expectedVersion, state, chain);
  }

  @CommandHandler
  Recorded handle(LogContactsCommand command, ReferenceCodes referenceCodes) {
    List<ServiceContact> contacts = command.contacts();
    for (int i = 0; i < contacts.size(); i++) {
      referenceCodes.requireOptionalCategory(
          "contacts[" + i + "].category", contacts.get(i).category());
    }
    apply(
        new ServiceContactsLoggedEvent(
            caseId, command.stepId(), opening.servedOn(), contacts, persons(contacts)));
    return Recorded.step(command, state);
  }

  @CommandHandler
  Recorded handle(VoidContactsCommand command) {
    Long persons = personsByBatch.get(command.voidedStepId());
    if (persons == null) {
      throw new RuleViolation(
          ErrorCode.UNKNOWN_STEP,
          "voidedStepId",
          "This log has no batch " + command.voidedStepId() + " to void (or it is voided)");
    }
    apply(
        new ServiceContactsVoidedEvent(
            caseId,
            command.stepId(),
            opening.servedOn(),
            command.voidedStepId(),
            persons,
            command.reason()));
    return Recorded.step(command, state);
  }

  @EventSourcingHandler
  void on(ServiceContactDayOpenedEvent event) {
    caseId = event.caseId();
    opening = event;
    state = ServiceDayState.OPEN;
  }

  @EventSourcingHandler
  void on(ServiceContactsLoggedEvent event) {
    steps.record(event);
    personsByBatch.put(event.stepId(), persons(event.contacts()));
  }

  @EventSourcingHandler
  void on(ServiceContactsVoidedEvent event) {
    steps.record(event);
    personsByBatch.remove(event.voidedStepId());
  }

  static long persons(List<ServiceContact> contacts) {
    return contacts.stream().mapToLong(ServiceContact::persons).sum();
  }
}
