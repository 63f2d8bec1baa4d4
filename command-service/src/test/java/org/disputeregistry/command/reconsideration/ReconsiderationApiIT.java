package org.disputeregistry.command.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputeregistry.command.ApiTestBase;
import org.disputeregistry.command.support.TopicRecords;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.RegistryJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** The reconsideration API over real HTTP, on a real PostgreSQL event store and Kafka. */
class ReconsiderationApiIT extends ApiTestBase {

  @Value("${registry.kafka.bootstrap-servers}")
  String bootstrapServers;

  static String application(UUID caseId, String caseNumber, String street) {
    return """
        {"caseId":"%s","caseNumber":"%s","receivedOn":"2023-03-14","channel":"ONLINE",
         "street":"%s","community":"BIYAN","category":"URBAN_MANAGEMENT",
         "respondentAgency":"光明区城市管理和综合执法局","applicants":["PERSON"],"actKind":"PENALTY"}"""
        .formatted(caseId, caseNumber, street);
  }

  ResponseEntity<String> post(String body) {
    return post("/api/reconsiderations", body);
  }

  @Test
  void receivedApplicationIsStoredAndPublishedToKafkaKeyedByCase() throws Exception {
    UUID caseId = UUID.randomUUID();

    ResponseEntity<String> created = post(application(caseId, "光明复〔2023〕101号", "GUANGMING"));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getLocation()).hasPath("/api/reconsiderations/" + caseId);
    assertThat(storedEvents(caseId)).isEqualTo(1);

    ConsumerRecord<String, String> published = firstRecordFor(caseId.toString());
    assertThat(JsonPath.<String>read(published.value(), "$.type"))
        .isEqualTo("ReconsiderationApplicationReceived");
    assertThat(JsonPath.<Integer>read(published.value(), "$.sequence")).isZero();
    assertThat(JsonPath.<String>read(published.value(), "$.actor")).isEqualTo("officer.li");
    assertThat(JsonPath.<String>read(published.value(), "$.actorOrganisation"))
        .isEqualTo("RECONSIDERATION_OFFICE");
    assertThat(JsonPath.<String>read(published.value(), "$.businessDate")).isEqualTo("2023-03-14");
    // The relay writes the stored payload as it is: the record still reads back as the event.
    EventEnvelope envelope =
        RegistryJson.mapper().readValue(published.value(), EventEnvelope.class);
    assertThat(EventCatalog.decode(envelope))
        .extracting("caseId.value", "street")
        .containsExactly(caseId, "GUANGMING");

    ResponseEntity<String> current = get("/api/reconsiderations/" + caseId);
    assertThat(current.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JsonPath.<String>read(current.getBody(), "$.state")).isEqualTo("RECEIVED");
  }

  @Test
  void retriedRequestIsAnsweredWithoutASecondEvent() {
    UUID caseId = UUID.randomUUID();
    String body = application(caseId, "光明复〔2023〕102号", "GUANGMING");

    assertThat(post(body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(post(body).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(storedEvents(caseId)).isEqualTo(1);
  }

  @Test
  void sameIdWithADifferentApplicationIsAConflict() {
    UUID caseId = UUID.randomUUID();
    post(application(caseId, "光明复〔2023〕103号", "GUANGMING"));

    ResponseEntity<String> refused = post(application(caseId, "光明复〔2023〕104号", "GUANGMING"));

    assertProblem(refused, HttpStatus.CONFLICT, "CASE_ID_TAKEN", "caseId");
    assertThat(storedEvents(caseId)).isEqualTo(1);
  }

  @Test
  void caseNumberIsUniquePerTypeAndYear() {
    post(application(UUID.randomUUID(), "光明复〔2023〕105号", "GUANGMING"));
    UUID second = UUID.randomUUID();

    ResponseEntity<String> refused = post(application(second, "光明复〔2023〕105号", "GUANGMING"));

    assertProblem(refused, HttpStatus.CONFLICT, "CASE_NUMBER_TAKEN", "caseNumber");
    assertThat(storedEvents(second)).isZero();
  }

  @Test
  void badInputIsAPreciseProblemAndChangesNothing() {
    UUID caseId = UUID.randomUUID();
    String valid = application(caseId, "光明复〔2023〕106号", "GUANGMING");

    assertProblem(post("{\"caseId\": "), HttpStatus.BAD_REQUEST, "MALFORMED_JSON", null);
    assertProblem(
        post(valid.replace("2023-03-14", "14/03/2023")),
        HttpStatus.BAD_REQUEST,
        "WRONG_TYPE",
        "receivedOn");
    assertProblem(
        post(valid.replace("\"channel\":\"ONLINE\",", "")),
        HttpStatus.BAD_REQUEST,
        "MISSING_FIELD",
        "channel");
    assertProblem(
        post(valid.replace("\"ONLINE\"", "\"ONLINE\",\"colour\":\"red\"")),
        HttpStatus.BAD_REQUEST,
        "UNKNOWN_FIELD",
        "colour");
    assertProblem(
        post(application(caseId, "光明复〔2023〕106号", "ATLANTIS")),
        HttpStatus.BAD_REQUEST,
        "UNKNOWN_REFERENCE",
        "street");
    assertProblem(
        post(valid.replace("2023-03-14", "2999-01-01")),
        HttpStatus.BAD_REQUEST,
        "DATE_IN_FUTURE",
        "receivedOn");

    assertThat(storedEvents(caseId)).isZero();
  }

  @Test
  void theCalendarAndTheLawOfTheReceiptDateRefusePreciselyAndChangeNothing() {
    UUID before2020 = UUID.randomUUID();
    ResponseEntity<String> noCalendar =
        post(
            application(before2020, "光明复〔2019〕107号", "GUANGMING")
                .replace("2023-03-14", "2019-06-03"));
    assertProblem(noCalendar, HttpStatus.BAD_REQUEST, "NO_CALENDAR_FOR_YEAR", null);
    assertThat(noCalendar.getBody()).contains("No statutory calendar for 2019");
    assertThat(storedEvents(before2020)).isZero();

    UUID in2023 = UUID.randomUUID();
    post(application(in2023, "光明复〔2023〕108号", "GUANGMING"));
    ResponseEntity<String> simplified =
        post(
            "/api/reconsiderations/" + in2023 + "/acceptance",
            """
            {"stepId":"%s","acceptedOn":"2023-03-15","procedure":"SIMPLIFIED"}"""
                .formatted(UUID.randomUUID()));
    assertProblem(simplified, HttpStatus.BAD_REQUEST, "NOT_PROVIDED_BY_LAW", "procedure");
    assertThat(simplified.getBody()).contains("Art. 53");
    assertThat(storedEvents(in2023)).isEqualTo(1);
  }

  @Test
  @DisplayName("Art. 17 (2017): deemed acceptance is derived, a client sending it gets 400")
  void deemedAcceptanceIsDerivedFromTheReviewDueDateNotSentByTheClient() {
    UUID id = UUID.randomUUID();
    post(application(id, "光明复〔2023〕109号", "GUANGMING"));
    String late =
        """
        {"stepId":"%s","acceptedOn":"2023-03-23","procedure":"ORDINARY"}"""
            .formatted(UUID.randomUUID());

    ResponseEntity<String> withDeemed =
        post(
            "/api/reconsiderations/" + id + "/acceptance", late.replace("}", ",\"deemed\":false}"));
    assertProblem(withDeemed, HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD", "deemed");
    assertThat(storedEvents(id)).isEqualTo(1);

    // Received Tuesday 2023-03-14: 5 working days to review end on 03-21; accepted on 03-23.
    assertThat(post("/api/reconsiderations/" + id + "/acceptance", late).getStatusCode())
        .matches(HttpStatusCode::is2xxSuccessful);
    assertThat(get("/api/reconsiderations/" + id).getBody()).contains("\"deemedAccepted\":true");
  }

  @Test
  void unknownCaseIsNotFoundAndAMalformedIdIsABadRequest() {
    assertProblem(
        get("/api/reconsiderations/" + UUID.randomUUID()),
        HttpStatus.NOT_FOUND,
        "CASE_NOT_FOUND",
        null);
    assertProblem(
        get("/api/reconsiderations/not-a-uuid"), HttpStatus.BAD_REQUEST, "WRONG_TYPE", "caseId");
  }

  ConsumerRecord<String, String> firstRecordFor(String key) {
    return TopicRecords.awaitKey(bootstrapServers, TOPIC, key, Duration.ofSeconds(60)).get(0);
  }
}
