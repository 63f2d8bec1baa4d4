package org.disputeregistry.command.petition.web;

import org.disputeregistry.command.backfill.StepTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Petitions and public demands in a back-fill file: the line's {@code type} and each step's {@code
 * step} name. These names are the file format; they equal the API's path segments (a test checks
 * it), but a URL renamed in the controller does not rename them.
 */
@Configuration(proxyBeanMethods = false)
class PetitionBackfillSteps {

  @Bean
  StepTable petitionSteps() {
    return StepTable.of("petitions", RegisterPetitionRequest.class)
        .step("acceptance", AcceptRequest.class)
        .step("non-acceptance", RefuseAcceptanceRequest.class)
        .step("redirection", RedirectRequest.class)
        .step("assignment", AssignRequest.class)
        .step("extension", ExtendTimeLimitRequest.class)
        .step("reply", ReplyRequest.class)
        .step("resolution", RecordResolvedRequest.class)
        .step("non-resolution", RecordNotResolvedRequest.class)
        .step("satisfaction", RateSatisfactionRequest.class)
        .step("review-request", RequestReviewRequest.class)
        .step("review-decision", DecideReviewRequest.class)
        .step("re-review-request", RequestReReviewRequest.class)
        .step("re-review-decision", DecideReReviewRequest.class);
  }
}
