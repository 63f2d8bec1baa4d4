package org.disputeregistry.query.yearonyear;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.disputeregistry.report.YearOnYear.Change;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FigureComparisonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode figures(long received, long mediated, long closed, String amount)
      throws Exception {
    return JSON.readTree(
        """
        {"received":%d,"asOf":"2024-01-31","daysToClose":{"mean":12.50,"median":11},
         "mediationRate":{"name":"mediation rate","numerator":%d,"denominator":%d,"percent":null},
         "closedByOutcome":[{"code":"MEDIATION_AGREEMENT","zh":"调解","count":%d}],
         "amountAgreed":[{"currency":"CNY","sum":"%s","cases":3}],"suppressed":["x"]}
        """
            .formatted(received, mediated, closed, mediated, amount));
  }

  @Test
  @DisplayName("Counts and amounts: change and percent change; rates: exact points, no percent")
  void changes() throws Exception {
    Map<String, Change> changes =
        FigureComparison.compare(
            figures(158, 69, 135, "100.50"), List.of(figures(140, 56, 121, "80.00")));
    assertThat(changes.get("received").change()).isEqualByComparingTo("18");
    assertThat(changes.get("received").percentChange()).isEqualByComparingTo("12.86");
    // 69/135 − 56/121 = 0.048286… → 4.83 points
    assertThat(changes.get("mediationRate").change()).isEqualByComparingTo("4.83");
    assertThat(changes.get("mediationRate").percentChange()).isNull();
    assertThat(changes.get("mediationRate").kind()).isEqualTo("RATE");
    assertThat(changes.get("closedByOutcome.MEDIATION_AGREEMENT.count").change())
        .isEqualByComparingTo("13");
    assertThat(changes.get("amountAgreed.CNY.sum").value().asText()).isEqualTo("100.50");
    assertThat(changes.get("amountAgreed.CNY.sum").change()).isEqualByComparingTo("20.50");
    assertThat(changes.get("amountAgreed.CNY.sum").percentChange()).isEqualByComparingTo("25.63");
    assertThat(changes.get("daysToClose.mean").kind()).isEqualTo("DAYS");
    assertThat(changes).doesNotContainKeys("asOf", "suppressed", "mediationRate.name");
  }

  @Test
  @DisplayName("Percent change is undefined from 0, never a division by zero")
  void fromZero() throws Exception {
    Map<String, Change> changes =
        FigureComparison.compare(figures(5, 0, 0, "1.00"), List.of(figures(0, 0, 0, "0.00")));
    assertThat(changes.get("received").change()).isEqualByComparingTo("5");
    assertThat(changes.get("received").percentChange()).isNull();
    assertThat(changes.get("mediationRate").change()).isNull();
    assertThat(changes.get("amountAgreed.CNY.sum").percentChange()).isNull();
  }

  @Test
  @DisplayName("A record beats every earlier year strictly, rates compared exactly")
  void records() throws Exception {
    Map<String, Change> changes =
        FigureComparison.compare(
            figures(158, 69, 135, "1.00"),
            List.of(figures(140, 56, 121, "1.00"), figures(158, 41, 102, "2.00")));
    assertThat(changes.get("mediationRate").record()).isEqualTo("HIGHEST");
    assertThat(changes.get("mediationRate").yearsCompared()).isEqualTo(2);
    assertThat(changes.get("received").record()).as("a tie is no new record").isNull();
    assertThat(changes.get("daysToClose.mean").better()).isEqualTo("LOWER");
    // 2/3 (66.67%) against 200/301 (66.45%): the rounded percents would also differ, the exact
    // comparison decides 1/3 against 100/300 as a tie.
    Map<String, Change> tie =
        FigureComparison.compare(figures(1, 1, 3, "1.00"), List.of(figures(1, 100, 300, "1.00")));
    assertThat(tie.get("mediationRate").record()).isNull();
  }
}
