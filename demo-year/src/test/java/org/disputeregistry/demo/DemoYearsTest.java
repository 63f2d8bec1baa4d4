package org.disputeregistry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.disputeregistry.statutory.law.PetitionRegulation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three demo years together: 2023 as it was, the earlier years beside it, never over it. */
class DemoYearsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static String text(int year, String scale) {
    StringWriter out = new StringWriter();
    YearPlan plan = YearPlan.of(year);
    DemoYear.write(plan, plan.scale(scale), out);
    return out.toString();
  }

  static List<JsonNode> lines(int year, String scale) throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : text(year, scale).split("\n")) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  static List<JsonNode> ofType(List<JsonNode> lines, String type) {
    return lines.stream().filter(l -> l.get("type").asText().equals(type)).toList();
  }

  static List<JsonNode> steps(JsonNode line) {
    return StreamSupport.stream(line.get("steps").spliterator(), false).toList();
  }

  static LocalDate date(JsonNode step) {
    return step.properties().stream()
        .filter(e -> e.getKey().endsWith("On") && !e.getKey().equals("dueOn"))
        .map(e -> LocalDate.parse(e.getValue().asText()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName("2023's file is byte for byte the one the report's figures were proven with")
  void the2023FileIsUnchanged() throws Exception {
    assertThat(sha256(text(2023, "test")))
        .isEqualTo("59a93a64cd215158e8eda2f38188cd99da2eff11c3a3909f2ad4c171faf0818e");
    assertThat(sha256(text(2023, "full")))
        .isEqualTo("7c1feeee92c6f4369d43c7cd65ae93528521b60c0a4713ba41899ab6cde80e09");
  }

  @Test
  @DisplayName("Case ids and case numbers are unique across the three years")
  void idsAndNumbersUniqueAcrossYears() throws Exception {
    List<JsonNode> all = new ArrayList<>();
    for (int year : DemoYear.YEARS) {
      all.addAll(lines(year, "test"));
    }
    assertThat(all.stream().map(l -> l.get("open").get("caseId").asText())).doesNotHaveDuplicates();
    assertThat(
            all.stream()
                .filter(l -> l.get("open").has("caseNumber"))
                .map(l -> l.get("type").asText() + l.get("open").get("caseNumber").asText()))
        .doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("调解率达51.11%，创历年新高: each earlier year's mediation rate is lower")
  void mediationRateOf2023IsTheHighest() throws Exception {
    BigDecimal rate2023 = mediationRate(2023);
    assertThat(rate2023).isEqualByComparingTo("51.11");
    for (int year : List.of(2021, 2022)) {
      assertThat(mediationRate(year)).as("%d", year).isLessThan(rate2023);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2021, 2022})
  @DisplayName("An earlier year's cases end within it, so that the next year's figures are its own")
  void earlierYearsEndWithinTheirYear(int year) throws Exception {
    List<JsonNode> lines = lines(year, "test");
    LocalDate end = LocalDate.of(year, 12, 31);
    for (JsonNode line : ofType(lines, "reconsiderations")) {
      List<JsonNode> steps = steps(line);
      assertThat(date(steps.get(steps.size() - 1))).isBeforeOrEqualTo(end);
    }
    for (JsonNode line : ofType(lines, "commercial-mediations")) {
      JsonNode conclusion =
          steps(line).stream()
              .filter(
                  s ->
                      Set.of(
                              "agreement",
                              "ending-without-agreement",
                              "withdrawal",
                              "non-acceptance")
                          .contains(s.get("step").asText()))
              .findFirst()
              .orElseThrow();
      assertThat(date(conclusion)).isBeforeOrEqualTo(end);
    }
    for (JsonNode line : ofType(lines, "petitions")) {
      for (JsonNode step : steps(line)) {
        if (Set.of("acceptance", "non-acceptance", "redirection")
            .contains(step.get("step").asText())) {
          assertThat(date(step).getYear()).isEqualTo(year);
        }
      }
    }
  }

  @Test
  @DisplayName("Each year on its own calendar: 2021's and 2022's make-up days worked, holidays off")
  void eachYearOnItsOwnCalendar() throws Exception {
    assertThat(serviceDays(2021))
        .contains("2021-02-07", "2021-02-20", "2021-09-18", "2021-09-26", "2021-10-09")
        .doesNotContain("2021-02-11", "2021-02-17", "2021-10-01", "2021-10-07", "2021-06-14");
    assertThat(serviceDays(2022))
        .contains("2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-10-08")
        .doesNotContain("2022-01-31", "2022-02-04", "2022-05-04", "2022-09-12", "2022-10-07");
  }

  @Test
  @DisplayName("2021's petitions fall under 信访条例 (2005), 2022's from 1 May under 信访工作条例")
  void petitionsUnderTheRegulationInForce() throws Exception {
    assertThat(registrations(2021))
        .extracting(PetitionRegulation::inForceOn)
        .containsOnly(PetitionRegulation.XINFANG_2005);
    assertThat(registrations(2022))
        .extracting(PetitionRegulation::inForceOn)
        .contains(PetitionRegulation.XINFANG_2005, PetitionRegulation.XINFANG_WORK_2022);
  }

  @ParameterizedTest
  @ValueSource(ints = {2021, 2022, 2023})
  @DisplayName("Every step is dated on or after the case's opening (the command side's rule)")
  void noStepBeforeTheOpening(int year) throws Exception {
    for (JsonNode line : lines(year, "full")) {
      LocalDate opened = date(line.get("open"));
      for (JsonNode step : steps(line)) {
        if (!step.get("step").asText().equals("contacts")) {
          assertThat(date(step)).as(line.get("open").toString()).isAfterOrEqualTo(opened);
        }
      }
    }
  }

  @Test
  void earlierYearsAreDeterministicToo() {
    assertThat(text(2021, "test")).isEqualTo(text(2021, "test"));
    assertThat(text(2022, "test")).isNotEqualTo(text(2021, "test"));
  }

  private static List<LocalDate> registrations(int year) throws Exception {
    return ofType(lines(year, "test"), "petitions").stream()
        .map(l -> LocalDate.parse(l.get("open").get("registeredOn").asText()))
        .toList();
  }

  private static Set<String> serviceDays(int year) throws Exception {
    return ofType(lines(year, "test"), "service-contacts").stream()
        .map(l -> l.get("open").get("servedOn").asText())
        .collect(Collectors.toSet());
  }

  /** Mediated / closed in the year, as the projection defines them, read from the file. */
  private static BigDecimal mediationRate(int year) throws Exception {
    long closed = 0;
    long mediated = 0;
    for (JsonNode line : ofType(lines(year, "test"), "reconsiderations")) {
      List<JsonNode> steps = steps(line);
      JsonNode last = steps.get(steps.size() - 1);
      String step = last.get("step").asText();
      if (!Set.of("mediation-agreement", "withdrawal", "termination", "decision", "dismissal")
              .contains(step)
          || date(last).getYear() != year) {
        continue;
      }
      closed++;
      if (step.equals("mediation-agreement")
          || (step.equals("withdrawal") && last.get("reason").asText().equals("SETTLEMENT"))) {
        mediated++;
      }
    }
    return BigDecimal.valueOf(mediated * 100)
        .divide(BigDecimal.valueOf(closed), 2, RoundingMode.HALF_UP);
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
