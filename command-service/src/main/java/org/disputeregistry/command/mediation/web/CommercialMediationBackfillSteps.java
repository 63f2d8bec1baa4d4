package org.disputeregistry.command.mediation.web;

import org.disputeregistry.command.backfill.StepTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Commercial mediation cases in a back-fill file: the line's {@code type} and each step's {@code
 * step} name. These names are the file format; they equal the API's path segments (a test checks
 * it), but a URL renamed in the controller does not rename them.
 */
@Configuration(proxyBeanMethods = false)
class CommercialMediationBackfillSteps {

  @Bean
  StepTable commercialMediationSteps() {
    return StepTable.of("commercial-mediations", ReceiveMediationApplicationRequest.class)
        .step("acceptance", AcceptRequest.class)
        .step("non-acceptance", RefuseAcceptanceRequest.class)
        .step("mediator-appointment", AppointMediatorRequest.class)
        .step("mediator-recusal", RecuseMediatorRequest.class)
        .step("session", HoldSessionRequest.class)
        .step("agreement", SignAgreementRequest.class)
        .step("ending-without-agreement", EndWithoutAgreementRequest.class)
        .step("withdrawal", WithdrawRequest.class)
        .step("judicial-confirmation-application", ApplyForJudicialConfirmationRequest.class)
        .step("judicial-confirmation-ruling", RuleOnJudicialConfirmationRequest.class)
        .step("performance", RecordPerformanceRequest.class);
  }
}
