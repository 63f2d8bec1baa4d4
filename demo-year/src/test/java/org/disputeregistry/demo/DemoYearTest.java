package org.disputeregistry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.disputeregistry.statutory.law.ReconsiderationLaw;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The file's own counts; that the projections give the report's figures from it is proven by the
 * system test that loads it through the command side.
 */
class DemoYearTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static List<JsonNode> lines(Scale scale) throws Exception {
    StringWriter out = new StringWriter();
    DemoYear.write(scale, out);
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : out.toString().split("\n")) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  @Test
  void sameSeedSameFile() {
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();
    DemoYear.write(Scale.TEST, first);
    DemoYear.write(Scale.TEST, second);
    assertThat(first.toString()).isEqualTo(second.toString());
  }

  @Test
  void personTimesAddUpExactly() throws Exception {
    long persons =
        lines(Scale.TEST).stream()
            .filter(l -> l.get("type").asText().equals("service-contacts"))
            .flatMap(
                l -> java.util.stream.StreamSupport.stream(l.get("steps").spliterator(), false))
            .flatMap(
                s -> java.util.stream.StreamSupport.stream(s.get("contacts").spliterator(), false))
            .mapToLong(c -> c.get("persons").asLong())
            .sum();
    assertThat(persons).isEqualTo(Scale.TEST.personTimes());
  }

  @Test
  void reconsiderationEndingsGiveTheReportsMediationRate() throws Exception {
    List<JsonNode> cases =
        lines(Scale.TEST).stream()
            .filter(l -> l.get("type").asText().equals("reconsiderations"))
            .toList();
    long mediated =
        cases.stream()
            .map(l -> l.get("steps").get(l.get("steps").size() - 1))
            .filter(
                s ->
                    s.get("step").asText().equals("mediation-agreement")
                        || (s.get("step").asText().equals("withdrawal")
                            && s.get("reason").asText().equals("SETTLEMENT")))
            .count();
    assertThat(mediated).isEqualTo(ReconsiderationYear.MEDIATED_IN_2023);
  }

  @Test
  void caseIdsAndNumbersAreUnique() throws Exception {
    List<JsonNode> lines = lines(Scale.TEST);
    assertThat(lines.stream().map(l -> l.get("open").get("caseId").asText()))
        .doesNotHaveDuplicates();
    assertThat(
            lines.stream()
                .filter(l -> l.get("open").has("caseNumber"))
                .map(l -> l.get("type").asText() + l.get("open").get("caseNumber").asText()))
        .doesNotHaveDuplicates();
  }

  @Test
  @DisplayName(
      "2023 follows the law in force then: no simplified procedure (Art. 53 (2023) from 2024)")
  void noSimplifiedProcedureIn2023() throws Exception {
    List<JsonNode> acceptances =
        lines(Scale.TEST).stream()
            .filter(l -> l.get("type").asText().equals("reconsiderations"))
            .flatMap(l -> StreamSupport.stream(l.get("steps").spliterator(), false))
            .filter(s -> s.get("step").asText().equals("acceptance"))
            .toList();
    assertThat(acceptances).isNotEmpty();
    assertThat(acceptances)
        .allSatisfy(a -> assertThat(a.get("procedure").asText()).isEqualTo("ORDINARY"));
  }

  @Test
  @DisplayName("Service is given on 2023's make-up working days and never on its holidays")
  void serviceDaysFollowTheStatutoryCalendar() throws Exception {
    Set<String> days =
        lines(Scale.TEST).stream()
            .filter(l -> l.get("type").asText().equals("service-contacts"))
            .map(l -> l.get("open").get("servedOn").asText())
            .collect(Collectors.toSet());
    assertThat(days)
        .contains("2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25")
        .contains("2023-10-07", "2023-10-08")
        .doesNotContain("2023-01-02", "2023-01-23", "2023-04-05", "2023-05-02", "2023-06-23")
        .doesNotContain("2023-09-29", "2023-10-02", "2023-10-06", "2023-01-07");
  }

  @Test
  @DisplayName("Reg. Art. 29 (2007): abandonments come after the applicant's last day to complete")
  void abandonmentsAfterTheCorrectionPeriod() throws Exception {
    List<JsonNode> abandoned =
        lines(Scale.TEST).stream()
            .filter(l -> l.get("type").asText().equals("reconsiderations"))
            .filter(l -> l.get("steps").size() == 2)
            .filter(l -> l.get("steps").get(1).get("step").asText().equals("abandonment"))
            .toList();
    assertThat(abandoned).isNotEmpty();
    for (JsonNode line : abandoned) {
      LocalDate requested = LocalDate.parse(line.get("steps").get(0).get("requestedOn").asText());
      LocalDate abandonedOn = LocalDate.parse(line.get("steps").get(1).get("abandonedOn").asText());
      assertThat(abandonedOn)
          .isAfter(ReconsiderationLaw.AMENDED_2017.correction().dueOn(requested));
    }
  }
}
