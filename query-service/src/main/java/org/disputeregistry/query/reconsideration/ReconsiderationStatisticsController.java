package org.disputeregistry.query.reconsideration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
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
@RequestMapping("/api/statistics/reconsideration")
@Tag(name = "Statistics: administrative reconsideration (行政复议)")
class ReconsiderationStatisticsController {

  private final ReconsiderationStatistics statistics;
  private final Labels labels;

  ReconsiderationStatisticsController(ReconsiderationStatistics statistics, Labels labels) {
    this.statistics = statistics;
    this.labels = labels;
  }

  @Operation(
      summary = "Reconsideration figures of a year or a date range",
      description =
          "Parameters: year, or from and to (yyyy-MM-dd); filters street, community, category,"
              + " respondentAgency, channel, procedure. Every rate comes with numerator,"
              + " denominator, definition and its value rounded half-up to 0.01%.")
  @GetMapping
  Statistics<ReconsiderationFigures> figures(
      @Parameter(example = "{\"year\": \"2023\"}") @RequestParam Map<String, String> parameters) {
    Query query = Query.parse(parameters, ReconsiderationStatistics.DIMENSIONS);
    if (query.breakdown() != null) {
      throw new StatisticsRequestException("by", "Use /breakdown for a breakdown");
    }
    return Statistics.of("RECONSIDERATION", query, statistics.figures(query));
  }

  @Operation(
      summary =
          "Reconsideration figures per street, community, category, agency, channel or"
              + " procedure (JSON or text/csv)")
  @GetMapping(
      path = "/breakdown",
      produces = {"application/json", "text/csv"})
  Table breakdown(@RequestParam Map<String, String> parameters) {
    Query query = Query.parse(parameters, ReconsiderationStatistics.DIMENSIONS);
    if (query.breakdown() == null) {
      throw new StatisticsRequestException(
          "by", "Say what to break down by: by=street, community, category, ...");
    }
    Table.Builder table =
        Table.withColumns(
            query.breakdown().parameter(),
            "zh",
            "en",
            "received",
            "accepted",
            "notAccepted",
            "redirected",
            "carriedOver",
            "closed",
            "openAtEnd",
            "mediated",
            "mediationRate",
            "correctionRate",
            "comprehensiveCorrectionRate",
            "onTimeRate",
            "meanDaysToClose",
            "medianDaysToClose");
    statistics
        .breakdown(query)
        .forEach(
            (key, f) -> {
              ReferenceData.Label label = labels.of(query.breakdown(), key);
              table.row(
                  key,
                  label.zh(),
                  label.en(),
                  f.received(),
                  f.accepted(),
                  f.notAccepted(),
                  f.redirected(),
                  f.carriedOver(),
                  f.closed(),
                  f.openAtEnd(),
                  f.mediated(),
                  f.mediationRate().percent(),
                  f.correctionRate().percent(),
                  f.comprehensiveCorrectionRate().percent(),
                  f.onTimeRate().percent(),
                  f.daysToClose().mean(),
                  f.daysToClose().median());
            });
    return table.build();
  }
}
