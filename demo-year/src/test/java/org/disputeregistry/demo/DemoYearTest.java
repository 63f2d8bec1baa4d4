package org.disputeregistry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
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
}
