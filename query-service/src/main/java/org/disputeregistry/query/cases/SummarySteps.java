package org.disputeregistry.query.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.mediation.CommercialMediationAcceptedEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementSignedEvent;
import org.disputeregistry.events.mediation.CommercialMediationEndedWithoutAgreementEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorAppointedEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorRecusedEvent;
import org.disputeregistry.events.mediation.CommercialMediationNotAcceptedEvent;
import org.disputeregistry.events.mediation.CommercialMediationWithdrawnEvent;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionAssignedEvent;
import org.disputeregistry.events.petition.PetitionNotAcceptedEvent;
import org.disputeregistry.events.petition.PetitionNotResolvedEvent;
import org.disputeregistry.events.petition.PetitionReReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReReviewRequestedEvent;
import org.disputeregistry.events.petition.PetitionRedirectedEvent;
import org.disputeregistry.events.petition.PetitionRepliedEvent;
import org.disputeregistry.events.petition.PetitionReplyExtendedEvent;
import org.disputeregistry.events.petition.PetitionResolvedEvent;
import org.disputeregistry.events.petition.PetitionReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReviewRequestedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationDismissedEvent;
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
import org.disputeregistry.events.reconsideration.ReconsiderationSuspendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTerminatedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationWithdrawnEvent;
import org.disputeregistry.query.cases.CaseStates.CommercialMediation;
import org.disputeregistry.query.cases.CaseStates.Petition;
import org.disputeregistry.query.cases.CaseStates.Reconsideration;
import org.disputeregistry.query.mediation.Conclusion;
import org.disputeregistry.query.petition.Resolution;
import org.disputeregistry.query.reconsideration.Ending;

/**
 * What each step changes in its case's summary: the state it moves the case to (as the command
 * side's aggregates move it), the time limit that runs from it, the handler it names, the ending.
 * The outcome of an ending is the code the statistics count it by ({@link Ending}, {@link
 * Conclusion}, {@link Resolution}); an application that never got that far ends with its state's
 * name (NOT_ACCEPTED, REDIRECTED, ABANDONED). A step not named here changes nothing but the version
 * and the last business date.
 */
final class SummarySteps {

  private SummarySteps() {}

  private static final Map<Class<?>, Function<CaseEvent, Change>> STEPS = new HashMap<>();

  private static <E extends CaseEvent> void on(Class<E> type, Function<E, Change> change) {
    STEPS.put(type, event -> change.apply(type.cast(event)));
  }

  static Change of(CaseEvent event) {
    Function<CaseEvent, Change> change = STEPS.get(event.getClass());
    return change == null ? Change.NONE : change.apply(event);
  }

  static {
    reconsideration();
    commercialMediation();
    petition();
  }

  private static void reconsideration() {
    on(
        ReconsiderationCorrectionRequestedEvent.class,
        e ->
            Change.to(Reconsideration.AWAITING_CORRECTION).set("next_due_on", e.correctionDueOn()));
    on(
        ReconsiderationCorrectionPeriodExtendedEvent.class,
        e -> Change.staying().set("next_due_on", e.correctionDueOn()));
    on(
        ReconsiderationCorrectionReceivedEvent.class,
        e -> Change.to(Reconsideration.RECEIVED).set("next_due_on", e.reviewDueOn()));
    on(
        ReconsiderationDeemedAbandonedEvent.class,
        e ->
            Change.to(Reconsideration.ABANDONED)
                .closing(e.abandonedOn(), Reconsideration.ABANDONED));
    on(
        ReconsiderationAcceptedEvent.class,
        e ->
            Change.to(Reconsideration.UNDER_REVIEW)
                .set("accepted_on", e.acceptedOn())
                .set("next_due_on", e.decisionDueOn()));
    on(
        ReconsiderationNotAcceptedEvent.class,
        e ->
            Change.to(Reconsideration.NOT_ACCEPTED)
                .closing(e.decidedOn(), Reconsideration.NOT_ACCEPTED));
    on(
        ReconsiderationRedirectedEvent.class,
        e ->
            Change.to(Reconsideration.REDIRECTED)
                .closing(e.redirectedOn(), Reconsideration.REDIRECTED));
    // A suspended case's clock stands still; resuming moves its due date.
    on(
        ReconsiderationSuspendedEvent.class,
        e -> Change.to(Reconsideration.SUSPENDED).set("next_due_on", null));
    on(
        ReconsiderationResumedEvent.class,
        e -> Change.to(Reconsideration.UNDER_REVIEW).set("next_due_on", e.decisionDueOn()));
    on(
        ReconsiderationTimeLimitExtendedEvent.class,
        e -> Change.staying().set("next_due_on", e.decisionDueOn()));
    on(
        ReconsiderationProcedureConvertedEvent.class,
        e -> Change.staying().set("next_due_on", e.decisionDueOn()));
    on(
        ReconsiderationMediationAgreementEffectiveEvent.class,
        e -> closed(e.effectiveOn(), Ending.MEDIATION_AGREEMENT));
    on(ReconsiderationWithdrawnEvent.class, e -> closed(e.approvedOn(), Ending.of(e.reason())));
    on(ReconsiderationTerminatedEvent.class, e -> closed(e.terminatedOn(), Ending.TERMINATED));
    on(ReconsiderationDecidedEvent.class, e -> closed(e.decidedOn(), Ending.of(e.outcome())));
    on(
        ReconsiderationApplicationDismissedEvent.class,
        e -> closed(e.dismissedOn(), Ending.APPLICATION_DISMISSED));
  }

  /** Closed (审结) by an ending step. */
  private static Change closed(LocalDate on, Ending ending) {
    return Change.to(Reconsideration.CLOSED).closing(on, ending);
  }

  private static void commercialMediation() {
    on(
        CommercialMediationAcceptedEvent.class,
        e -> Change.to(CommercialMediation.ACCEPTED).set("accepted_on", e.acceptedOn()));
    on(
        CommercialMediationNotAcceptedEvent.class,
        e ->
            Change.to(CommercialMediation.NOT_ACCEPTED)
                .closing(e.decidedOn(), CommercialMediation.NOT_ACCEPTED));
    on(
        CommercialMediationMediatorAppointedEvent.class,
        e -> Change.staying().set("handler", e.mediator()));
    on(CommercialMediationMediatorRecusedEvent.class, e -> Change.staying().set("handler", null));
    on(
        CommercialMediationAgreementSignedEvent.class,
        e ->
            Change.to(CommercialMediation.AGREED)
                .closing(e.signedOn(), Conclusion.AGREEMENT)
                .setIfGiven("handler", e.mediator()));
    on(
        CommercialMediationEndedWithoutAgreementEvent.class,
        e ->
            Change.to(CommercialMediation.NO_AGREEMENT)
                .closing(e.endedOn(), Conclusion.NO_AGREEMENT)
                .setIfGiven("handler", e.mediator()));
    on(
        CommercialMediationWithdrawnEvent.class,
        e ->
            Change.to(CommercialMediation.WITHDRAWN)
                .closing(e.withdrawnOn(), Conclusion.WITHDRAWN));
  }

  private static void petition() {
    on(
        PetitionAcceptedEvent.class,
        e ->
            Change.to(Petition.ACCEPTED)
                .set("accepted_on", e.acceptedOn())
                .set("next_due_on", e.replyDueOn()));
    on(
        PetitionNotAcceptedEvent.class,
        e -> Change.to(Petition.NOT_ACCEPTED).closing(e.decidedOn(), Petition.NOT_ACCEPTED));
    on(
        PetitionRedirectedEvent.class,
        e -> Change.to(Petition.REDIRECTED).closing(e.redirectedOn(), Petition.REDIRECTED));
    on(PetitionAssignedEvent.class, e -> Change.staying().set("handler", e.department()));
    on(PetitionReplyExtendedEvent.class, e -> Change.staying().set("next_due_on", e.replyDueOn()));
    on(PetitionRepliedEvent.class, e -> Change.to(Petition.REPLIED).set("next_due_on", null));
    // Concluded (化解 or not): the petition's handling ended; a review may still follow.
    on(
        PetitionResolvedEvent.class,
        e -> Change.staying().set("closed_on", e.resolvedOn()).set("outcome", Resolution.RESOLVED));
    on(
        PetitionNotResolvedEvent.class,
        e ->
            Change.staying()
                .set("closed_on", e.concludedOn())
                .set("outcome", Resolution.NOT_RESOLVED));
    on(
        PetitionReviewRequestedEvent.class,
        e -> Change.to(Petition.UNDER_REVIEW).set("next_due_on", e.decisionDueOn()));
    on(
        PetitionReviewDecidedEvent.class,
        e -> Change.to(Petition.REVIEWED).set("next_due_on", null));
    on(
        PetitionReReviewRequestedEvent.class,
        e -> Change.to(Petition.UNDER_RE_REVIEW).set("next_due_on", e.decisionDueOn()));
    on(
        PetitionReReviewDecidedEvent.class,
        e -> Change.to(Petition.CONCLUDED).set("next_due_on", null));
  }
}
