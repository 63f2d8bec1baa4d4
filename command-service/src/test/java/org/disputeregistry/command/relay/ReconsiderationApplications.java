package org.disputeregistry.command.relay;

import java.util.UUID;
import org.disputeregistry.command.ApiTestBase;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The relay tests' event: a reconsideration application opened through the API. */
final class ReconsiderationApplications {

  private ReconsiderationApplications() {}

  static HttpStatus post(TestRestTemplate http, UUID caseId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.AUTHORIZATION, ApiTestBase.authorization("/api/reconsiderations"));
    String body =
        """
        {"caseId":"%s","caseNumber":"光明复〔2023〕%s号","receivedOn":"2023-05-05",
         "channel":"MAIL","street":"XINHU","community":"LOUCUN","category":"TRANSPORT",
         "respondentAgency":"光明区交通运输局"}"""
            .formatted(caseId, caseId.toString().substring(0, 8));
    return HttpStatus.valueOf(
        http.postForEntity("/api/reconsiderations", new HttpEntity<>(body, headers), String.class)
            .getStatusCode()
            .value());
  }
}
