package org.disputeregistry.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputeregistry.command.ApiTestBase;
import org.disputeregistry.command.support.TopicRecords;
import org.disputeregistry.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The actor of an event is the access token's subject, with the organisation it acted for, in the
 * event store and on the topic alike: an {@code X-Actor} header cannot forge the audit trail.
 */
class ActorFromTokenIT extends ApiTestBase {

  @Value("${spring.kafka.bootstrap-servers}")
  String bootstrapServers;

  @Test
  void theActorIsTheTokensSubjectWhateverXActorSays() {
    UUID caseId = UUID.randomUUID();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.forAccount("petition.wang"));
    headers.set("X-Actor", "someone.else");

    ResponseEntity<String> opened =
        http.exchange(
            "/api/petitions",
            HttpMethod.POST,
            new HttpEntity<>(petition(caseId), headers),
            String.class);

    assertStatus(opened, HttpStatus.CREATED);
    String stored =
        jdbc.queryForObject(
            "SELECT convert_from(metadata, 'UTF8') FROM domainevententry"
                + " WHERE aggregateidentifier = ?",
            String.class,
            caseId.toString());
    assertThat(JsonPath.<String>read(stored, "$.actor")).isEqualTo("petition.wang");
    assertThat(JsonPath.<String>read(stored, "$.actorOrganisation")).isEqualTo("STREET:GUANGMING");
    ConsumerRecord<String, String> published =
        TopicRecords.awaitKey(bootstrapServers, TOPIC, caseId.toString(), Duration.ofSeconds(60))
            .get(0);
    assertThat(JsonPath.<String>read(published.value(), "$.actor")).isEqualTo("petition.wang");
    assertThat(JsonPath.<String>read(published.value(), "$.actorOrganisation"))
        .isEqualTo("STREET:GUANGMING");
    assertThat(stored + published.value()).doesNotContain("someone.else");
  }

  private static String petition(UUID caseId) {
    return """
        {"caseId":"%s","caseNumber":"%s","registeredOn":"2023-01-05","channel":"HOTLINE",
         "persons":1,"group":false,"repeat":false,"street":"GUANGMING","community":"BIYAN",
         "category":"HUMAN_RESOURCES"}"""
        .formatted(caseId, number("光明信〔2023〕"));
  }
}
