package org.disputeregistry.command.mediation;

import java.time.LocalDate;
import java.util.List;
import org.disputeregistry.command.lifecycle.CaseFold;
import org.disputeregistry.command.lifecycle.RunningDeadline;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.StepEvent;
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
import org.disputeregistry.events.mediation.CommercialMediationWithdrawnEvent;
import org.disputeregistry.events.mediation.Performance;
import org.disputeregistry.statutory.law.JudicialConfirmationWindow;

/** Builds a {@link CommercialMediationView} from a case's events. */
class CommercialMediationViewFold implements CaseFold<CommercialMediationView> {

  private CommercialMediationApplicationReceivedEvent application;
  private CommercialMediationStanding standing;
  private LocalDate acceptedOn;
  private String mediator;
  private int sessions;
  private Money amountAgreed;
  private LocalDate endedOn;
  private JudicialConfirmation confirmation;
  private Performance performance;
  private Money amountPerformed;
  private CommercialMediationAgreementSignedEvent agreement;

  @Override
  public void on(Object event) {
    if (event instanceof CommercialMediationApplicationReceivedEvent received) {
      application = received;
      standing = CommercialMediationStanding.received();
      return;
    }
    StepEvent step = (StepEvent) event;
    standing = standing.after(step);
    if (step instanceof CommercialMediationAcceptedEvent accepted) {
      acceptedOn = accepted.acceptedOn();
    } else if (step instanceof CommercialMediationMediatorAppointedEvent appointed) {
      mediator = appointed.mediator();
    } else if (step instanceof CommercialMediationMediatorRecusedEvent) {
      mediator = null;
    } else if (step instanceof CommercialMediationSessionHeldEvent) {
      sessions++;
    } else if (step instanceof CommercialMediationAgreementSignedEvent signed) {
      amountAgreed = signed.amountAgreed();
      agreement = signed;
      endedOn = signed.signedOn();
    } else if (step instanceof CommercialMediationNotAcceptedEvent
        || step instanceof CommercialMediationEndedWithoutAgreementEvent
        || step instanceof CommercialMediationWithdrawnEvent) {
      endedOn = step.businessDate();
    } else if (step instanceof CommercialMediationJudicialConfirmationAppliedEvent) {
      confirmation = JudicialConfirmation.APPLIED;
    } else if (step instanceof CommercialMediationJudicialConfirmationRuledEvent ruled) {
      confirmation = JudicialConfirmation.ruled(ruled.ruling());
    } else if (step instanceof CommercialMediationAgreementPerformedEvent performed) {
      performance = performed.performance();
      amountPerformed = performed.amountPerformed();
    }
  }

  @Override
  public CommercialMediationView view(long version) {
    return new CommercialMediationView(
        application.caseId(),
        application.caseNumber(),
        standing.state().name(),
        version,
        application.receivedOn(),
        application.centre(),
        application.source(),
        application.parties(),
        application.disputeType(),
        application.amountInDispute(),
        application.street(),
        application.community(),
        acceptedOn,
        mediator,
        sessions,
        amountAgreed,
        endedOn,
        confirmation == null ? null : confirmation.name(),
        performance,
        amountPerformed,
        confirmationDueOn(),
        confirmationDueOn() == null
            ? List.of()
            : List.of(
                RunningDeadline.of(
                    "JUDICIAL_CONFIRMATION",
                    "confirmationDueOn",
                    confirmationDueOn(),
                    JudicialConfirmationWindow.window(agreement.signedOn()))),
        CommercialMediationStep.allowedIn(standing));
  }

  /** The window for judicial confirmation while it runs: agreed, not applied for, not performed. */
  private LocalDate confirmationDueOn() {
    return agreement == null || confirmation != null || performance != null
        ? null
        : agreement.confirmationDueOn();
  }
}
