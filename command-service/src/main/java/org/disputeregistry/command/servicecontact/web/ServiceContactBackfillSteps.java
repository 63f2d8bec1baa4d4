package org.disputeregistry.command.servicecontact.web;

import org.disputeregistry.command.backfill.StepTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Service-contact logs in a back-fill file: the line's {@code type} and each step's {@code step}
 * name. These names are the file format; they equal the API's path segments (a test checks it), but
 * a URL renamed in the controller does not rename them.
 */
@Configuration(proxyBeanMethods = false)
class ServiceContactBackfillSteps {

  @Bean
  StepTable serviceContactSteps() {
    return StepTable.of("service-contacts", OpenServiceDayRequest.class)
        .step("contacts", LogContactsRequest.class)
        .step("voiding", VoidContactsRequest.class);
  }
}
