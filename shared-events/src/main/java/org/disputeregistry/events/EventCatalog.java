package org.disputeregistry.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.disputeregistry.events.mediation.CommercialMediationSessionHeldEvent;
import org.disputeregistry.events.mediation.CommercialMediationStepAmendedEvent;
import org.disputeregistry.events.mediation.CommercialMediationStepRetractedEvent;
import org.disputeregistry.events.mediation.CommercialMediationWithdrawnEvent;
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
import org.disputeregistry.events.petition.PetitionStepAmendedEvent;
import org.disputeregistry.events.petition.PetitionStepRetractedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationDismissedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCopySentToRespondentEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionPeriodExtendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionRequestedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDeemedAbandonedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationNotAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationProcedureConvertedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationRedirectedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationResumedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationReviewActivityRecordedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationStepAmendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationStepRetractedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationSuspendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTerminatedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationWithdrawnEvent;
import org.disputeregistry.events.servicecontact.ServiceContactDayOpenedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactsLoggedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactsVoidedEvent;

/** Every event type that the registry publishes, with its wire name and current revision. */
public final class EventCatalog {

  // Wire names never change; a payload change that old readers cannot take raises the revision
  // (and needs an upcaster). All types are at revision 1.
  private static final List<EventType> TYPES =
      List.of(
          type(
              "ReconsiderationApplicationReceived",
              CaseType.RECONSIDERATION,
              ReconsiderationApplicationReceivedEvent.class),
          type(
              "ReconsiderationCorrectionRequested",
              CaseType.RECONSIDERATION,
              ReconsiderationCorrectionRequestedEvent.class),
          type(
              "ReconsiderationCorrectionPeriodExtended",
              CaseType.RECONSIDERATION,
              ReconsiderationCorrectionPeriodExtendedEvent.class),
          type(
              "ReconsiderationCorrectionReceived",
              CaseType.RECONSIDERATION,
              ReconsiderationCorrectionReceivedEvent.class),
          type(
              "ReconsiderationDeemedAbandoned",
              CaseType.RECONSIDERATION,
              ReconsiderationDeemedAbandonedEvent.class),
          type(
              "ReconsiderationAccepted",
              CaseType.RECONSIDERATION,
              ReconsiderationAcceptedEvent.class),
          type(
              "ReconsiderationNotAccepted",
              CaseType.RECONSIDERATION,
              ReconsiderationNotAcceptedEvent.class),
          type(
              "ReconsiderationRedirected",
              CaseType.RECONSIDERATION,
              ReconsiderationRedirectedEvent.class),
          type(
              "ReconsiderationCopySentToRespondent",
              CaseType.RECONSIDERATION,
              ReconsiderationCopySentToRespondentEvent.class),
          type(
              "ReconsiderationReviewActivityRecorded",
              CaseType.RECONSIDERATION,
              ReconsiderationReviewActivityRecordedEvent.class),
          type(
              "ReconsiderationSuspended",
              CaseType.RECONSIDERATION,
              ReconsiderationSuspendedEvent.class),
          type(
              "ReconsiderationResumed",
              CaseType.RECONSIDERATION,
              ReconsiderationResumedEvent.class),
          type(
              "ReconsiderationTimeLimitExtended",
              CaseType.RECONSIDERATION,
              ReconsiderationTimeLimitExtendedEvent.class),
          type(
              "ReconsiderationProcedureConverted",
              CaseType.RECONSIDERATION,
              ReconsiderationProcedureConvertedEvent.class),
          type(
              "ReconsiderationMediationAgreementEffective",
              CaseType.RECONSIDERATION,
              ReconsiderationMediationAgreementEffectiveEvent.class),
          type(
              "ReconsiderationWithdrawn",
              CaseType.RECONSIDERATION,
              ReconsiderationWithdrawnEvent.class),
          type(
              "ReconsiderationTerminated",
              CaseType.RECONSIDERATION,
              ReconsiderationTerminatedEvent.class),
          type(
              "ReconsiderationDecided",
              CaseType.RECONSIDERATION,
              ReconsiderationDecidedEvent.class),
          type(
              "ReconsiderationApplicationDismissed",
              CaseType.RECONSIDERATION,
              ReconsiderationApplicationDismissedEvent.class),
          type(
              "ReconsiderationStepAmended",
              CaseType.RECONSIDERATION,
              ReconsiderationStepAmendedEvent.class),
          type(
              "ReconsiderationStepRetracted",
              CaseType.RECONSIDERATION,
              ReconsiderationStepRetractedEvent.class),
          type(
              "CommercialMediationApplicationReceived",
              CaseType.COMMERCIAL_MEDIATION,
              CommercialMediationApplicationReceivedEvent.class),
          type(
              "CommercialMediationAccepted",
              CaseType.COMMERCIAL_MEDIATION,
              CommercialMediationAcceptedEvent.class),
          type(
              "CommercialMediationNotAccepted",
              CaseType.COMMERCIAL_MEDIATION,
              CommercialMediationNotAcceptedEvent.class),
          type(
              "CommercialMediationMediatorAppointed",
              CaseType.COMMERCIAL_MEDIATION,
              CommercialMediationMediatorAppointedEvent.class),
          type(
              "CommercialMediationMediatorRecused",
              CaseType.COMMERCIAL_MEDIATION,
              CommercialMediationMediatorRecusedEvent.class),
          type(
              "CommercialMediationSessionHeld",
              CaseType.COMMERCIAL_MEDIATION,
              CommercialMediationSessionHeldEvent.class),
          type(
              "CommercialMediationAgreementSigned",
              CaseType.COMMERCIAL_MEDIATION,
              CommercialMediationAgreementSignedEvent.class),
          type(
              "CommercialMediationEndedWithoutAgreement",
              CaseType.COMMERCIAL_MEDIATION,
              CommercialMediationEndedWithoutAgreementEvent.class),
          type(
              "CommercialMediationWithdrawn",
              CaseType.COMMERCIAL_MEDIATION,
              CommercialMediationWithdrawnEvent.class),
          type(
              "CommercialMediationJudicialConfirmationApplied",
              CaseType.COMMERCIAL_MEDIATION,
              CommercialMediationJudicialConfirmationAppliedEvent.class),
          type(
              "CommercialMediationJudicialConfirmationRuled",
              CaseType.COMMERCIAL_MEDIATION,
              CommercialMediationJudicialConfirmationRuledEvent.class),
          type(
              "CommercialMediationAgreementPerformed",
              CaseType.COMMERCIAL_MEDIATION,
              CommercialMediationAgreementPerformedEvent.class),
          type(
              "CommercialMediationStepAmended",
              CaseType.COMMERCIAL_MEDIATION,
              CommercialMediationStepAmendedEvent.class),
          type(
              "CommercialMediationStepRetracted",
              CaseType.COMMERCIAL_MEDIATION,
              CommercialMediationStepRetractedEvent.class),
          type("PetitionRegistered", CaseType.PETITION, PetitionRegisteredEvent.class),
          type("PetitionAccepted", CaseType.PETITION, PetitionAcceptedEvent.class),
          type("PetitionNotAccepted", CaseType.PETITION, PetitionNotAcceptedEvent.class),
          type("PetitionRedirected", CaseType.PETITION, PetitionRedirectedEvent.class),
          type("PetitionAssigned", CaseType.PETITION, PetitionAssignedEvent.class),
          type("PetitionReplyExtended", CaseType.PETITION, PetitionReplyExtendedEvent.class),
          type("PetitionReplied", CaseType.PETITION, PetitionRepliedEvent.class),
          type("PetitionResolved", CaseType.PETITION, PetitionResolvedEvent.class),
          type("PetitionNotResolved", CaseType.PETITION, PetitionNotResolvedEvent.class),
          type(
              "PetitionSatisfactionRated", CaseType.PETITION, PetitionSatisfactionRatedEvent.class),
          type("PetitionReviewRequested", CaseType.PETITION, PetitionReviewRequestedEvent.class),
          type("PetitionReviewDecided", CaseType.PETITION, PetitionReviewDecidedEvent.class),
          type(
              "PetitionReReviewRequested", CaseType.PETITION, PetitionReReviewRequestedEvent.class),
          type("PetitionReReviewDecided", CaseType.PETITION, PetitionReReviewDecidedEvent.class),
          type("PetitionStepAmended", CaseType.PETITION, PetitionStepAmendedEvent.class),
          type("PetitionStepRetracted", CaseType.PETITION, PetitionStepRetractedEvent.class),
          type(
              "ServiceContactDayOpened",
              CaseType.SERVICE_CONTACT,
              ServiceContactDayOpenedEvent.class),
          type("ServiceContactsLogged", CaseType.SERVICE_CONTACT, ServiceContactsLoggedEvent.class),
          type(
              "ServiceContactsVoided", CaseType.SERVICE_CONTACT, ServiceContactsVoidedEvent.class));

  private static EventType type(
      String name, CaseType caseType, Class<? extends CaseEvent> javaType) {
    return new EventType(name, 1, caseType, javaType);
  }

  private static final Map<String, EventType> BY_NAME =
      TYPES.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
  private static final Map<Class<?>, EventType> BY_CLASS =
      TYPES.stream()
          .collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

  private EventCatalog() {}

  public static List<EventType> types() {
    return TYPES;
  }

  public static Optional<EventType> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /**
   * Reads the payload of an envelope as its event record.
   *
   * @throws UnreadableEventException for an unknown type or revision, or a payload that does not
   *     fit the record
   */
  public static CaseEvent decode(EventEnvelope envelope) {
    return decode(envelope, RegistryJson.mapper());
  }

  /**
   * {@link #decode(EventEnvelope)} with a copy of {@link RegistryJson#mapper()} that reads some
   * values faster (a reader's own day parser, say) but to the same values.
   */
  public static CaseEvent decode(EventEnvelope envelope, ObjectMapper mapper) {
    EventType type =
        byName(envelope.type())
            .orElseThrow(
                () -> new UnreadableEventException("Unknown event type " + envelope.type(), null));
    JsonNode payload =
        Upcasters.upcast(type.name(), envelope.revision(), type.revision(), envelope.payload());
    try {
      return mapper.treeToValue(payload, type.javaType());
    } catch (JsonProcessingException e) {
      throw new UnreadableEventException(
          "Payload of " + type.name() + " does not fit: " + e.getOriginalMessage(), e);
    }
  }

  public static Optional<EventType> byJavaType(Class<?> javaType) {
    return Optional.ofNullable(BY_CLASS.get(javaType));
  }

  public static EventType typeOf(Class<?> javaType) {
    return byJavaType(javaType)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Not an event of the catalogue: " + javaType.getName()));
  }
}
