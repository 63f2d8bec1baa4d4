package org.disputeregistry.command.reconsideration;

import static org.disputeregistry.command.reconsideration.ReconsiderationState.AWAITING_CORRECTION;
import static org.disputeregistry.command.reconsideration.ReconsiderationState.RECEIVED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.disputeregistry.command.lifecycle.CaseFold;
import org.disputeregistry.command.lifecycle.RunningDeadline;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationDismissedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCopySentToRespondentEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationReviewActivityRecordedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTerminatedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationWithdrawnEvent;
import org.disputeregistry.events.reconsideration.ReviewActivity;
import org.disputeregistry.statutory.law.ReconsiderationLaw;

/** Builds a {@link ReconsiderationView} from a case's events. */
class ReconsiderationViewFold implements CaseFold<ReconsiderationView> {

  private ReconsiderationApplicationReceivedEvent application;
  private ReconsiderationStanding standing;
  private ReconsiderationAcceptedEvent acceptance;
  private LocalDate respondentReplyDueOn;
  private boolean respondentAnswered;
  private ReconsiderationEnding ending;
  private String endingDetail;
  private LocalDate closedOn;

  @Override
  public void on(Object event) {
    if (event instanceof ReconsiderationApplicationReceivedEvent received) {
      application = received;
      standing = ReconsiderationStanding.received(received);
      return;
    }
    StepEvent step = (StepEvent) event;
    standing = standing.after(step);
    if (step instanceof ReconsiderationAcceptedEvent accepted) {
      acceptance = accepted;
    } else if (step instanceof ReconsiderationCopySentToRespondentEvent sent) {
      respondentReplyDueOn = sent.respondentReplyDueOn();
    } else if (step instanceof ReconsiderationReviewActivityRecordedEvent activity
        && activity.activity() == ReviewActivity.RESPONDENT_ANSWERED) {
      respondentAnswered = true;
    } else if (step instanceof ReconsiderationMediationAgreementEffectiveEvent) {
      closed(step, ReconsiderationEnding.MEDIATION_AGREEMENT, null);
    } else if (step instanceof ReconsiderationWithdrawnEvent withdrawn) {
      closed(step, ReconsiderationEnding.WITHDRAWAL, withdrawn.reason().name());
    } else if (step instanceof ReconsiderationTerminatedEvent terminated) {
      closed(step, ReconsiderationEnding.TERMINATION, terminated.ground());
    } else if (step instanceof ReconsiderationDecidedEvent decided) {
      closed(step, ReconsiderationEnding.DECISION, decided.outcome().name());
    } else if (step instanceof ReconsiderationApplicationDismissedEvent dismissed) {
      closed(step, ReconsiderationEnding.DISMISSAL, dismissed.reason());
    }
  }

  private void closed(StepEvent step, ReconsiderationEnding how, String detail) {
    ending = how;
    endingDetail = detail;
    closedOn = step.businessDate();
  }

  @Override
  public ReconsiderationView view(long version) {
    ReconsiderationState state = standing.state();
    DecisionClock decision = standing.decision();
    return new ReconsiderationView(
        application.caseId(),
        application.caseNumber(),
        state.name(),
        version,
        application.receivedOn(),
        application.channel(),
        application.street(),
        application.community(),
        application.category(),
        application.respondentAgency(),
        application.applicants(),
        application.actKind(),
        state == RECEIVED ? standing.review().dueOn() : null,
        state == AWAITING_CORRECTION ? standing.correction().dueOn() : null,
        acceptance == null ? null : acceptance.acceptedOn(),
        decision == null ? null : decision.procedure(),
        acceptance != null && acceptance.deemed(),
        decision == null ? null : decision.dueOn(),
        decision != null && decision.limit().extended(),
        decision == null ? null : decision.limit().suspendedSince(),
        copyDueOn(),
        respondentReplyDueOn(),
        ending,
        endingDetail,
        closedOn,
        deadlines(state, decision),
        ReconsiderationStep.allowedIn(standing));
  }

  /** The copy's due date while it runs: under review (or suspended), not yet sent. */
  private LocalDate copyDueOn() {
    return acceptance == null || closedOn != null || standing.copySent()
        ? null
        : acceptance.copyDueOn();
  }

  /** The respondent's reply's due date while it runs: copy sent, not yet answered. */
  private LocalDate respondentReplyDueOn() {
    return respondentAnswered || closedOn != null ? null : respondentReplyDueOn;
  }

  /** The limits running in this state: review, correction, or the decision while not suspended. */
  private List<RunningDeadline> deadlines(ReconsiderationState state, DecisionClock decision) {
    ReconsiderationLaw law = standing.law();
    List<RunningDeadline> running = new ArrayList<>();
    if (state == RECEIVED) {
      running.add(
          RunningDeadline.of("REVIEW", "reviewDueOn", standing.review().dueOn(), law.review()));
    } else if (state == AWAITING_CORRECTION) {
      running.add(
          RunningDeadline.of(
              "CORRECTION", "correctionDueOn", standing.correction().dueOn(), law.correction()));
    } else if (decision != null && closedOn == null) {
      Procedure procedure = decision.procedureUnder(law);
      running.add(
          RunningDeadline.of(
              "COPY_TO_RESPONDENT", "copyDueOn", copyDueOn(), law.copyToRespondent(procedure)));
      running.add(
          RunningDeadline.of(
              "RESPONDENT_REPLY",
              "respondentReplyDueOn",
              respondentReplyDueOn(),
              law.respondentReply(procedure)));
      if (!decision.limit().suspended()) {
        running.add(
            RunningDeadline.of(
                "DECISION", "decisionDueOn", decision.dueOn(), decision.limit().period()));
      }
    }
    running.removeIf(Objects::isNull);
    return List.copyOf(running);
  }
}
