package org.disputeregistry.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.disputeregistry.events.Labels;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The OpenAPI description covers every case collection and step, with examples and errors. */
class OpenApiIT extends ApiTestBase {

  @Test
  void describesEveryCollectionItsStepsHeadersAndProblems() {
    ResponseEntity<String> docs = get("/v3/api-docs");
    assertStatus(docs, HttpStatus.OK);

    Map<String, Object> paths = read(docs, "$.paths");
    assertThat(paths)
        .containsKeys(
            "/api/reconsiderations",
            "/api/reconsiderations/{caseId}",
            "/api/reconsiderations/{caseId}/acceptance",
            "/api/reconsiderations/{caseId}/decision",
            "/api/reconsiderations/{caseId}/mediation-agreement",
            "/api/reconsiderations/{caseId}/withdrawal",
            "/api/commercial-mediations/{caseId}/agreement",
            "/api/commercial-mediations/{caseId}/judicial-confirmation-ruling",
            "/api/petitions/{caseId}/re-review-decision",
            "/api/service-contacts/{caseId}/contacts",
            "/api/reconsiderations/{caseId}/timeline",
            "/api/commercial-mediations/{caseId}/timeline",
            "/api/petitions/{caseId}/timeline",
            "/api/service-contacts/{caseId}/timeline",
            "/api/backfills");
    assertThat(paths.keySet().stream().filter(p -> p.startsWith("/api/")).count())
        .as(
            "18 + 11 + 13 + 2 steps, 4 collections, their GETs and timelines, the back-fill,"
                + " amendment and retraction of each of the 3 case types")
        .isEqualTo(44 + 8 + 4 + 1 + 6);

    List<String> headers =
        read(docs, "$.paths['/api/petitions/{caseId}/reply'].post.parameters[*].name");
    assertThat(headers).contains("If-Match").doesNotContain("X-Actor");
    assertThat(read(docs, "$.paths['/api/petitions/{caseId}/reply'].post.security[0]").toString())
        .contains("bearer");
    assertThat(read(docs, "$.components.securitySchemes.bearer.scheme").toString())
        .isEqualTo("bearer");
    Map<String, Object> answers =
        read(docs, "$.paths['/api/petitions/{caseId}/reply'].post.responses");
    assertThat(answers).containsKeys("201", "400", "404", "409", "412");
    assertThat(read(docs, "$.components.schemas.PetitionAcceptRequest").toString()).isNotEmpty();
    assertThat(docs.getBody()).contains("\"example\":\"光明复〔2023〕17号\"");
    assertThat(
            read(
                    docs,
                    "$.paths['/api/petitions/{caseId}/timeline'].get.parameters[?(@.name=='from')]"
                        + ".schema.minimum")
                .toString())
        .contains("0");
    assertThat(read(docs, "$.components.schemas.PetitionView.properties.nextSteps.type").toString())
        .isEqualTo("array");
    List<String> steps =
        paths.keySet().stream()
            .filter(path -> path.matches("/api/[a-z-]+/\\{caseId}/[a-z-]+"))
            .filter(path -> !path.endsWith("/timeline"))
            .toList();
    assertThat(steps).as("44 steps, amendment and retraction of 3 case types").hasSize(50);
    for (String step : steps) {
      Map<String, String> title = read(docs, "$.paths['" + step + "'].post.x-labels");
      assertThat(title).as(step).containsOnlyKeys("zh", "en").doesNotContainValue("");
    }
    Labels.defaults()
        .steps()
        .forEach(
            (collection, labels) ->
                labels.forEach(
                    label ->
                        assertThat(paths)
                            .as("a label of a step the API has")
                            .containsKey("/api/" + collection + "/{caseId}/" + label.code())));
    assertThat(
            read(docs, "$.paths['/api/reconsiderations/{caseId}/acceptance'].post.x-labels.zh")
                .toString())
        .isEqualTo("受理");
    List<String> amendable =
        read(
            docs,
            "$.components.schemas.ReconsiderationAmendStepRequest.properties.amended.oneOf[*]"
                + ".allOf[1].properties.step.enum[0]");
    assertThat(amendable).as("an amendment names each step of its case type").hasSize(18);
    assertThat(
            this.<List<String>>read(
                docs,
                "$.components.schemas.PetitionAmendStepRequest.properties.amended.oneOf[*]"
                    + ".allOf[0].$ref"))
        .contains("#/components/schemas/PetitionAcceptRequest");
    assertThat(get("/swagger-ui/index.html").getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
