package org.disputeregistry.query.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The singular statistics paths of earlier releases answer exactly what their plural successors
 * answer, say that they are deprecated and where the successor is (RFC 9745, RFC 8288), and the
 * OpenAPI document marks them deprecated.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "registry.kafka.topic=singular-paths-it")
@WithRealInfrastructure
class SingularPathsIT {

  TestRestTemplate http;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    http = Readers.of(anonymous);
  }

  @ParameterizedTest(name = "{0}{2}")
  @CsvSource({
    "/api/statistics/reconsideration, /api/statistics/reconsiderations, ?year=2023, application/json",
    "/api/statistics/reconsideration, /api/statistics/reconsiderations, /breakdown?year=2023&by=street, text/csv",
    "/api/statistics/commercial-mediation, /api/statistics/commercial-mediations, ?from=2023-01-01&to=2023-03-31, application/json",
    "/api/statistics/commercial-mediation, /api/statistics/commercial-mediations, /breakdown?year=2023&by=centre, application/json",
  })
  void theOldPathAnswersLikeItsSuccessorAndSaysItIsDeprecated(
      String old, String successor, String rest, String accept) {
    ResponseEntity<String> deprecated = get(old + rest, accept);
    ResponseEntity<String> current = get(successor + rest, accept);

    assertThat(deprecated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(deprecated.getBody()).isEqualTo(current.getBody());
    assertThat(deprecated.getHeaders().getContentType())
        .isEqualTo(current.getHeaders().getContentType());
    assertThat(deprecated.getHeaders().getFirst("Deprecation")).matches("@\\d+");
    assertThat(deprecated.getHeaders().getFirst(HttpHeaders.LINK))
        .isEqualTo("<" + successor + rest + ">; rel=\"successor-version\"");
    assertThat(current.getHeaders().containsKey("Deprecation")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "/api/statistics/reconsideration, /api/statistics/reconsiderations",
    "/api/statistics/commercial-mediation, /api/statistics/commercial-mediations",
  })
  void theOpenApiDocumentMarksTheOldPathsDeprecated(String old, String successor) {
    String api = http.getForObject("/v3/api-docs", String.class);
    for (String sub : List.of("", "/breakdown")) {
      assertThat(JsonPath.<Boolean>read(api, "$.paths['" + old + sub + "'].get.deprecated"))
          .as(old + sub)
          .isTrue();
      assertThat(JsonPath.<Object>read(api, "$.paths['" + successor + sub + "'].get"))
          .as(successor + sub)
          .asString()
          .doesNotContain("deprecated");
    }
  }

  private ResponseEntity<String> get(String url, String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.valueOf(accept)));
    return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
