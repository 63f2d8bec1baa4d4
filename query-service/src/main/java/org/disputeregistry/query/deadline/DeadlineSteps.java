package org.disputeregistry.query.deadline;

import static org.disputeregistry.query.deadline.DeadlineKind.MEDIATION_JUDICIAL_CONFIRMATION;
import static org.disputeregistry.query.deadline.DeadlineKind.PETITION_ACCEPTANCE;
import static org.disputeregistry.query.deadline.DeadlineKind.PETITION_REPLY;
import static org.disputeregistry.query.deadline.DeadlineKind.PETITION_REVIEW_DECISION;
import static org.disputeregistry.query.deadline.DeadlineKind.PETITION_RE_REVIEW_DECISION;
import static org.disputeregistry.query.deadline.DeadlineKind.RECONSIDERATION_COPY;
import static org.disputeregistry.query.deadline.DeadlineKind.RECONSIDERATION_CORRECTION;
import static org.disputeregistry.query.deadline.DeadlineKind.RECONSIDERATION_DECISION;
import static org.disputeregistry.query.deadline.DeadlineKind.RECONSIDERATION_RESPONDENT_REPLY;
import static org.disputeregistry.query.deadline.DeadlineKind.RECONSIDERATION_REVIEW;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementPerformedEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementSignedEvent;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationAppliedEvent;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionNotAcceptedEvent;
import org.disputeregistry.events.petition.PetitionReReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReReviewRequestedEvent;
import org.disputeregistry.events.petition.PetitionRedirectedEvent;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.disputeregistry.events.petition.PetitionRepliedEvent;
import org.disputeregistry.events.petition.PetitionReplyExtendedEvent;
import org.disputeregistry.events.petition.PetitionReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReviewRequestedEvent;
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
import org.disputeregistry.events.reconsideration.ReconsiderationSuspendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTerminatedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationWithdrawnEvent;
import org.disputeregistry.events.reconsideration.ReviewActivity;
import org.disputeregistry.query.deadline.DeadlineChange.Ends;
import org.disputeregistry.query.deadline.DeadlineChange.EndsAll;
import org.disputeregistry.query.deadline.DeadlineChange.Moves;
import org.disputeregistry.query.deadline.DeadlineChange.Starts;

/**
 * Which time limits each step starts, moves and stops, with the due dates the command side set in
 * its event. A step not named here touches none. A mediation agreement opens the parties' window
 * for judicial confirmation, closed by the application or by the agreement's performance. A
 * suspended reconsideration's decision limit stops running until the review resumes (suspension
 * stops the clock).
 */
final class DeadlineSteps {

  private DeadlineSteps() {}

  private static final Map<Class<?>, Function<CaseEvent, List<DeadlineChange>>> STEPS =
      new HashMap<>();

  private static <E extends CaseEvent> void on(
      Class<E> type, Function<E, List<DeadlineChange>> changes) {
    STEPS.put(type, event -> changes.apply(type.cast(event)));
  }

  static List<DeadlineChange> of(CaseEvent event) {
    Function<CaseEvent, List<DeadlineChange>> changes = STEPS.get(event.getClass());
    return changes == null ? List.of() : changes.apply(event);
  }

  private static List<DeadlineChange> endsTheCase(CaseEvent event) {
    return List.of(new EndsAll(event.businessDate()));
  }

  static {
    reconsideration();
    petition();
    commercialMediation();
  }

  private static void commercialMediation() {
    on(
        CommercialMediationAgreementSignedEvent.class,
        e ->
            e.confirmationDueOn() == null
                ? List.of()
                : List.of(
                    new Starts(
                        MEDIATION_JUDICIAL_CONFIRMATION,
                        e.signedOn(),
                        e.confirmationDueOn(),
                        null)));
    on(
        CommercialMediationJudicialConfirmationAppliedEvent.class,
        e -> List.of(new Ends(MEDIATION_JUDICIAL_CONFIRMATION, e.businessDate())));
    on(
        CommercialMediationAgreementPerformedEvent.class,
        e -> List.of(new Ends(MEDIATION_JUDICIAL_CONFIRMATION, e.businessDate())));
  }

  private static void reconsideration() {
    on(
        ReconsiderationApplicationReceivedEvent.class,
        e ->
            e.reviewDueOn() == null
                ? List.of()
                : List.of(
                    new Starts(RECONSIDERATION_REVIEW, e.receivedOn(), e.reviewDueOn(), null)));
    on(
        ReconsiderationCorrectionRequestedEvent.class,
        e ->
            List.of(
                new Ends(RECONSIDERATION_REVIEW, e.requestedOn()),
                new Starts(
                    RECONSIDERATION_CORRECTION, e.requestedOn(), e.correctionDueOn(), null)));
    on(
        ReconsiderationCorrectionReceivedEvent.class,
        e ->
            List.of(
                new Ends(RECONSIDERATION_CORRECTION, e.receivedOn()),
                new Starts(RECONSIDERATION_REVIEW, e.receivedOn(), e.reviewDueOn(), null)));
    on(
        ReconsiderationAcceptedEvent.class,
        e -> {
          List<DeadlineChange> changes = new ArrayList<>();
          changes.add(new Ends(RECONSIDERATION_REVIEW, e.acceptedOn()));
          changes.add(
              new Starts(
                  RECONSIDERATION_DECISION, e.acceptedOn(), e.decisionDueOn(), e.procedure()));
          if (e.copyDueOn() != null) {
            changes.add(
                new Starts(RECONSIDERATION_COPY, e.acceptedOn(), e.copyDueOn(), e.procedure()));
          }
          return changes;
        });
    on(
        ReconsiderationCopySentToRespondentEvent.class,
        e ->
            List.of(
                new Ends(RECONSIDERATION_COPY, e.sentOn()),
                new Starts(
                    RECONSIDERATION_RESPONDENT_REPLY, e.sentOn(), e.respondentReplyDueOn(), null)));
    on(
        ReconsiderationReviewActivityRecordedEvent.class,
        e ->
            e.activity() == ReviewActivity.RESPONDENT_ANSWERED
                ? List.of(new Ends(RECONSIDERATION_RESPONDENT_REPLY, e.heldOn()))
                : List.of());
    on(
        ReconsiderationSuspendedEvent.class,
        e -> List.of(new Ends(RECONSIDERATION_DECISION, e.suspendedOn())));
    on(
        ReconsiderationResumedEvent.class,
        e -> List.of(new Moves(RECONSIDERATION_DECISION, e.decisionDueOn(), null, true)));
    on(
        ReconsiderationCorrectionPeriodExtendedEvent.class,
        e -> List.of(new Moves(RECONSIDERATION_CORRECTION, e.correctionDueOn(), null, false)));
    on(
        ReconsiderationTimeLimitExtendedEvent.class,
        e -> List.of(new Moves(RECONSIDERATION_DECISION, e.decisionDueOn(), null, false)));
    on(
        ReconsiderationProcedureConvertedEvent.class,
        e -> List.of(new Moves(RECONSIDERATION_DECISION, e.decisionDueOn(), e.procedure(), false)));
    on(ReconsiderationDeemedAbandonedEvent.class, DeadlineSteps::endsTheCase);
    on(ReconsiderationNotAcceptedEvent.class, DeadlineSteps::endsTheCase);
    on(ReconsiderationRedirectedEvent.class, DeadlineSteps::endsTheCase);
    on(ReconsiderationDecidedEvent.class, DeadlineSteps::endsTheCase);
    on(ReconsiderationMediationAgreementEffectiveEvent.class, DeadlineSteps::endsTheCase);
    on(ReconsiderationWithdrawnEvent.class, DeadlineSteps::endsTheCase);
    on(ReconsiderationTerminatedEvent.class, DeadlineSteps::endsTheCase);
    on(ReconsiderationApplicationDismissedEvent.class, DeadlineSteps::endsTheCase);
  }

  private static void petition() {
    on(
        PetitionRegisteredEvent.class,
        e -> List.of(new Starts(PETITION_ACCEPTANCE, e.registeredOn(), e.acceptanceDueOn(), null)));
    on(
        PetitionAcceptedEvent.class,
        e ->
            List.of(
                new Ends(PETITION_ACCEPTANCE, e.acceptedOn()),
                new Starts(PETITION_REPLY, e.acceptedOn(), e.replyDueOn(), null)));
    on(PetitionNotAcceptedEvent.class, DeadlineSteps::endsTheCase);
    on(PetitionRedirectedEvent.class, DeadlineSteps::endsTheCase);
    on(
        PetitionReplyExtendedEvent.class,
        e -> List.of(new Moves(PETITION_REPLY, e.replyDueOn(), null, false)));
    on(PetitionRepliedEvent.class, e -> List.of(new Ends(PETITION_REPLY, e.repliedOn())));
    on(
        PetitionReviewRequestedEvent.class,
        e ->
            List.of(
                new Starts(PETITION_REVIEW_DECISION, e.requestedOn(), e.decisionDueOn(), null)));
    on(
        PetitionReviewDecidedEvent.class,
        e -> List.of(new Ends(PETITION_REVIEW_DECISION, e.decidedOn())));
    on(
        PetitionReReviewRequestedEvent.class,
        e ->
            List.of(
                new Starts(PETITION_RE_REVIEW_DECISION, e.requestedOn(), e.decisionDueOn(), null)));
    on(
        PetitionReReviewDecidedEvent.class,
        e -> List.of(new Ends(PETITION_RE_REVIEW_DECISION, e.decidedOn())));
  }
}
