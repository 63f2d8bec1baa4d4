package org.disputeregistry.command.reconsideration.web;

import org.disputeregistry.command.backfill.StepTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reconsideration cases in a back-fill file: the line's {@code type} and each step's {@code step}
 * name. These names are the file format; they equal the API's path segments (a test checks it), but
 * a URL renamed in the controller does not rename them.
 */
@Configuration(proxyBeanMethods = false)
class ReconsiderationBackfillSteps {

  @Bean
  StepTable reconsiderationSteps() {
    return StepTable.of("reconsiderations", ReceiveApplicationRequest.class)
        .step("correction-request", RequestCorrectionRequest.class)
        .step("correction-period-extension", ExtendCorrectionPeriodRequest.class)
        .step("correction", ReceiveCorrectionRequest.class)
        .step("abandonment", DeemAbandonedRequest.class)
        .step("acceptance", AcceptRequest.class)
        .step("non-acceptance", RefuseAcceptanceRequest.class)
        .step("redirection", RedirectRequest.class)
        .step("copy-to-respondent", SendCopyToRespondentRequest.class)
        .step("review-activity", RecordReviewActivityRequest.class)
        .step("suspension", SuspendRequest.class)
        .step("resumption", ResumeRequest.class)
        .step("extension", ExtendTimeLimitRequest.class)
        .step("procedure-conversion", ConvertProcedureRequest.class)
        .step("mediation-agreement", RecordMediationAgreementRequest.class)
        .step("withdrawal", ApproveWithdrawalRequest.class)
        .step("termination", TerminateRequest.class)
        .step("decision", DecideRequest.class)
        .step("dismissal", DismissApplicationRequest.class);
  }
}
