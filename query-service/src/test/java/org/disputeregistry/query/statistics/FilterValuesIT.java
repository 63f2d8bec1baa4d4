package org.disputeregistry.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.List;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A filter value that PostgreSQL cannot take (NUL) or that is not text (half a character) is a 400
 * naming the parameter, never a 500 from the database.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "registry.kafka.topic=filter-values-it")
@WithRealInfrastructure
class FilterValuesIT {

  TestRestTemplate http;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    http = Readers.of(anonymous);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "commercial-mediations, mediator, %00",
    "commercial-mediations, mediator, M-%000042",
    "reconsiderations, channel, %00",
    "reconsiderations, respondentAgency, %1B%5B31m",
    "petitions, channel, %00",
    "petitions, street, %ED%A0%80",
  })
  void controlCharactersAndHalfCharactersAreRefusedNamingTheParameter(
      String caseType, String parameter, String encodedValue) {
    for (String path : List.of("?year=2023&", "/breakdown?year=2023&by=street&")) {
      ResponseEntity<String> response =
          http.getForEntity(
              URI.create(
                  http.getRootUri()
                      + "/api/statistics/"
                      + caseType
                      + path
                      + parameter
                      + "="
                      + encodedValue),
              String.class);

      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(JsonPath.<List<String>>read(response.getBody(), "$.errors[*].field"))
          .containsExactly(parameter);
    }
  }
}
