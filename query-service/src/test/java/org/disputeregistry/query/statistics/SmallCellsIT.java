package org.disputeregistry.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disputeregistry.events.RegistryJson;
import org.disputeregistry.query.support.Envelopes;
import org.disputeregistry.query.support.JsonShapes;
import org.disputeregistry.query.support.ReadModels;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.query.support.TestTopic;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Small cells on the real read side: 3, 8 and 20 applications in three streets. A breakdown and
 * filtered figures hide the 3 (and the 8, which the exact total would otherwise give away) as null,
 * named under {@code suppressed}, in JSON and in CSV; the unfiltered figures and the totals of the
 * annual report stay exact.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "registry.statistics.min-cell-count=5",
      // Three streets fit, six communities do not.
      "registry.statistics.max-breakdown-rows=3"
    })
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmallCellsIT {

  static final TestTopic TOPIC = TestTopic.create("small-cells");

  private static final Map<String, Integer> RECEIVED_PER_STREET =
      Map.of("GUANGMING", 3, "GONGMING", 8, "XINHU", 20);

  @DynamicPropertySource
  static void topic(DynamicPropertyRegistry registry) {
    registry.add("registry.kafka.topic", TOPIC::name);
    registry.add(
        "spring.kafka.consumer.group-id", () -> TestInfrastructure.get().uniqueName("small-cells"));
  }

  TestRestTemplate http;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    http = Readers.of(anonymous);
  }

  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void applications() {
    RECEIVED_PER_STREET.forEach(
        (street, cases) -> {
          for (int i = 0; i < cases; i++) {
            TOPIC.publish(
                received(
                    UUID.randomUUID(),
                    street,
                    street + "_" + (i % 2),
                    LocalDate.of(2023, 5, 1 + i)));
          }
        });
    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> ReadModels.caughtUp(jdbc, TOPIC.name(), TOPIC.ends()));
  }

  @AfterAll
  void closeTopic() {
    TOPIC.close();
  }

  @Test
  void aBreakdownShowsSmallCellsAndTheCellThatWouldRevealThemAsSuppressed() {
    String json = get("/api/statistics/reconsiderations/breakdown?year=2023&by=street", "json");

    assertThat(received(json, "GUANGMING")).containsExactly((Object) null);
    assertThat(received(json, "GONGMING")).containsExactly((Object) null);
    assertThat(received(json, "XINHU")).containsExactly(20);
    assertThat(JsonPath.<List<String>>read(json, "$.rows[?(@.street=='GUANGMING')].suppressed[*]"))
        .contains("received");
    assertThat(JsonPath.<List<String>>read(json, "$.columns")).endsWith("suppressed");
  }

  @Test
  void theCsvLeavesASuppressedCellEmptyAndSaysWhyNeverZero() {
    List<String> lines =
        Arrays.asList(
            get("/api/statistics/reconsiderations/breakdown?year=2023&by=street", "csv")
                .split("\r\n"));

    List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split(",", -1));
    int received = header.indexOf("received");
    assertThat(header.get(header.size() - 1)).isEqualTo("suppressed");
    String[] guangming =
        lines.stream()
            .filter(l -> l.startsWith("GUANGMING,"))
            .findFirst()
            .orElseThrow()
            .split(",", -1);
    assertThat(guangming[received]).isEmpty();
    assertThat(guangming[guangming.length - 1]).contains("received");
  }

  @Test
  void filteredFiguresOfASmallGroupAreSuppressed() {
    String json = get("/api/statistics/reconsiderations?year=2023&street=GUANGMING", "json");

    assertThat(JsonPath.<Object>read(json, "$.figures.received")).isNull();
    assertThat(JsonPath.<List<String>>read(json, "$.figures.suppressed")).contains("received");
  }

  @Test
  void unfilteredFiguresAndTheReportsTotalsStayExact() {
    assertThat(
            JsonPath.<Integer>read(
                get("/api/statistics/reconsiderations?year=2023", "json"), "$.figures.received"))
        .isEqualTo(31);
    String totals = get("/api/statistics/totals?year=2023", "json");
    assertThat(
            JsonPath.<List<Integer>>read(
                totals, "$.reconsideration.byStreet[?(@.code=='GUANGMING')].received"))
        .containsExactly(3);
    theDocumentedTotalsHaveTheFormOfTheRealAnswer(totals);
  }

  /**
   * docs/annual-totals.example.json has the real answer's form (arrays empty here, such as
   * commercial mediation's, are not looked into); DemoYearIT compares it with the demo year's
   * answer value by value.
   */
  private static void theDocumentedTotalsHaveTheFormOfTheRealAnswer(String totals) {
    try {
      JsonShapes.assertSameForm(
          "docs/annual-totals.example.json",
          Files.readString(Path.of("..", "docs", "annual-totals.example.json")),
          totals);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aBreakdownWithMoreRowsThanTheMaximumIsA400NamingBy() {
    String problem =
        get("/api/statistics/reconsiderations/breakdown?year=2023&by=community", "json");

    assertThat(JsonPath.<String>read(problem, "$.code")).isEqualTo("INVALID_QUERY");
    assertThat(JsonPath.<List<String>>read(problem, "$.errors[*].field")).containsExactly("by");
  }

  private String get(String path, String format) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(
        List.of(format.equals("csv") ? MediaType.valueOf("text/csv") : MediaType.APPLICATION_JSON));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
  }

  private static List<Object> received(String json, String street) {
    return JsonPath.read(json, "$.rows[?(@.street=='" + street + "')].received");
  }

  private static org.disputeregistry.events.EventEnvelope received(
      UUID caseId, String street, String community, LocalDate on) {
    ObjectNode payload = RegistryJson.mapper().createObjectNode();
    payload.put("caseId", caseId.toString());
    payload.put("caseNumber", "光明复〔2023〕" + caseId.toString().substring(0, 8));
    payload.put("receivedOn", on.toString());
    payload.put("channel", "MAIL");
    payload.put("street", street);
    payload.put("community", community);
    payload.put("category", "TRANSPORT");
    payload.put("respondentAgency", "光明区交通运输局");
    return Envelopes.envelope(caseId, 0, Envelopes.RECEIVED, 1, on, payload);
  }
}
