package org.disputeregistry.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A retry whose amount differs only in trailing zeros ({@code 23685299.6} for {@code 23685299.60},
 * as a JavaScript client sends a number back) is the same request: answered {@code
 * ALREADY_RECORDED}, and the amount is stored the same either way.
 */
class AmountRetriesIT extends ApiTestBase {

  static String application(UUID id, String number, String amount) {
    return """
        {"caseId":"%s","caseNumber":"%s","receivedOn":"2023-05-08","centre":"SCIENCE_CITY",
         "source":"PARTY","parties":["DOMESTIC","FOREIGN"],"disputeType":"TRADE",
         "amountInDispute":{"amount":%s,"currency":"CNY"}}"""
        .formatted(id, number, amount);
  }

  String storedAmount(UUID id, long sequence) {
    String payload =
        jdbc.queryForObject(
            "SELECT convert_from(payload, 'UTF8') FROM domainevententry"
                + " WHERE aggregateidentifier = ? AND sequencenumber = ?",
            String.class,
            id.toString(),
            sequence);
    return payload.replaceAll(".*\"amount\":\"([^\"]*)\".*", "$1");
  }

  @Test
  void anOpeningRetriedWithoutTrailingZerosIsAlreadyRecorded() {
    UUID id = UUID.randomUUID();
    String number = number("光明商调〔2023〕");
    assertStatus(
        post("/api/commercial-mediations", application(id, number, "23685299.60")),
        HttpStatus.CREATED);

    ResponseEntity<String> retry =
        post("/api/commercial-mediations", application(id, number, "23685299.6"));

    assertStatus(retry, HttpStatus.OK);
    assertThat(read(retry, "$.outcome").toString()).isEqualTo("ALREADY_RECORDED");
    assertThat(storedEvents(id)).isEqualTo(1);
    assertThat(storedAmount(id, 0)).isEqualTo("23685299.60");
  }

  @Test
  void anAmountIsStoredInMinorUnitsWhateverItsScale() {
    UUID id = UUID.randomUUID();
    String number = number("光明商调〔2023〕");
    assertStatus(
        post("/api/commercial-mediations", application(id, number, "100")), HttpStatus.CREATED);
    assertThat(storedAmount(id, 0)).isEqualTo("100.00");

    ResponseEntity<String> retry =
        post("/api/commercial-mediations", application(id, number, "100.00"));

    assertStatus(retry, HttpStatus.OK);
    assertThat(read(retry, "$.outcome").toString()).isEqualTo("ALREADY_RECORDED");
  }

  @Test
  void aStepRetriedWithoutTrailingZerosIsAlreadyRecorded() {
    UUID id = UUID.randomUUID();
    String cases = "/api/commercial-mediations/" + id;
    assertStatus(
        post("/api/commercial-mediations", application(id, number("光明商调〔2023〕"), "1000.00")),
        HttpStatus.CREATED);
    assertStatus(
        post(
            cases + "/acceptance",
            "{\"stepId\":\"%s\",\"acceptedOn\":\"2023-05-09\"}".formatted(UUID.randomUUID())),
        HttpStatus.CREATED);
    assertStatus(
        post(
            cases + "/mediator-appointment",
            "{\"stepId\":\"%s\",\"appointedOn\":\"2023-05-09\",\"mediator\":\"M-0042\"}"
                .formatted(UUID.randomUUID())),
        HttpStatus.CREATED);
    String agreement =
        "{\"stepId\":\""
            + UUID.randomUUID()
            + "\",\"signedOn\":\"2023-05-10\",\"amountAgreed\":{\"amount\":%s,\"currency\":\"CNY\"}}";
    assertStatus(post(cases + "/agreement", agreement.formatted("880000.50")), HttpStatus.CREATED);

    ResponseEntity<String> retry = post(cases + "/agreement", agreement.formatted("880000.5"));

    assertStatus(retry, HttpStatus.OK);
    assertThat(read(retry, "$.outcome").toString()).isEqualTo("ALREADY_RECORDED");
    assertThat(storedEvents(id)).isEqualTo(4);
    assertStatus(post(cases + "/agreement", agreement.formatted("880000.51")), HttpStatus.CONFLICT);
  }
}
