package org.disputeregistry.query.mediation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.query.statistics.Labels;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.Statistics;
import org.disputeregistry.query.statistics.StatisticsRequestException;
import org.disputeregistry.query.statistics.Table;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/statistics/commercial-mediation")
@Tag(name = "Statistics: commercial mediation (商事调解)")
class CommercialMediationStatisticsController {

  private static final String CNY = "CNY";
  private static final ReferenceData.Label NOT_GIVEN =
      new ReferenceData.Label("", "未指定", "Not given");

  private final CommercialMediationStatistics statistics;
  private final Labels labels;

  CommercialMediationStatisticsController(CommercialMediationStatistics statistics, Labels labels) {
    this.statistics = statistics;
    this.labels = labels;
  }

  @Operation(
      summary = "Commercial mediation figures of a year or a date range",
      description =
          "Parameters: year, or from and to (yyyy-MM-dd); filters centre, mediator, disputeType,"
              + " source, street, community. Every rate comes with numerator, denominator,"
              + " definition and its value rounded half-up to 0.01%; amounts are exact decimal"
              + " strings per currency.")
  @GetMapping
  Statistics<CommercialMediationFigures> figures(
      @Parameter(example = "{\"year\": \"2023\"}") @RequestParam Map<String, String> parameters) {
    Query query = Query.parse(parameters, CommercialMediationStatistics.DIMENSIONS);
    if (query.breakdown() != null) {
      throw new StatisticsRequestException("by", "Use /breakdown for a breakdown");
    }
    return Statistics.of("COMMERCIAL_MEDIATION", query, statistics.figures(query));
  }

  @Operation(
      summary =
          "Commercial mediation figures per centre, mediator, dispute type, source, street or"
              + " community (JSON or text/csv); amounts in one column per currency")
  @GetMapping(
      path = "/breakdown",
      produces = {"application/json", "text/csv"})
  Table breakdown(@RequestParam Map<String, String> parameters) {
    Query query = Query.parse(parameters, CommercialMediationStatistics.DIMENSIONS);
    if (query.breakdown() == null) {
      throw new StatisticsRequestException(
          "by", "Say what to break down by: by=centre, mediator, disputeType, ...");
    }
    Map<String, CommercialMediationFigures> breakdown = statistics.breakdown(query);
    List<String> currencies = currencies(breakdown.values());
    List<String> columns =
        new ArrayList<>(
            List.of(
                query.breakdown().parameter(),
                "zh",
                "en",
                "received",
                "accepted",
                "notAccepted",
                "concluded",
                "succeeded",
                "endedWithoutAgreement",
                "withdrawn",
                "successRate",
                "judicialConfirmationRate"));
    currencies.forEach(c -> columns.addAll(List.of("amountInDispute" + c, "amountAgreed" + c)));
    columns.addAll(List.of("meanDaysToConclude", "medianDaysToConclude"));
    Table.Builder table = Table.withColumns(columns.toArray(String[]::new));
    breakdown.forEach(
        (key, f) -> {
          ReferenceData.Label label = key.isEmpty() ? NOT_GIVEN : labels.of(query.breakdown(), key);
          List<Object> row =
              new ArrayList<>(
                  List.of(
                      key,
                      label.zh(),
                      label.en(),
                      f.received(),
                      f.accepted(),
                      f.notAccepted(),
                      f.concluded(),
                      f.succeeded(),
                      f.endedWithoutAgreement(),
                      f.withdrawn()));
          row.add(f.successRate().percent());
          row.add(f.judicialConfirmationRate().percent());
          for (String currency : currencies) {
            row.add(sum(f.amountInDispute(), currency));
            row.add(sum(f.amountAgreed(), currency));
          }
          row.add(f.daysToConclude().mean());
          row.add(f.daysToConclude().median());
          table.row(row.toArray());
        });
    return table.build();
  }

  /** CNY always, then every other currency that occurs. */
  private static List<String> currencies(Iterable<CommercialMediationFigures> figures) {
    TreeSet<String> others = new TreeSet<>();
    figures.forEach(
        f ->
            Stream.concat(f.amountInDispute().stream(), f.amountAgreed().stream())
                .map(Amount::currency)
                .forEach(others::add));
    others.remove(CNY);
    List<String> currencies = new ArrayList<>(List.of(CNY));
    currencies.addAll(others);
    return currencies;
  }

  private static BigDecimal sum(List<Amount> amounts, String currency) {
    return amounts.stream()
        .filter(a -> a.currency().equals(currency))
        .map(Amount::sum)
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }
}
