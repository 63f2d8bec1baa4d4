package org.disputeregistry.query.petition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
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
@RequestMapping("/api/statistics/petitions")
@Tag(name = "Statistics: petitions and public demands (信访 / 群众诉求)")
class PetitionStatisticsController {

  private static final String AS_OF = "asOf";

  private final PetitionStatistics statistics;
  private final Labels labels;

  PetitionStatisticsController(PetitionStatistics statistics, Labels labels) {
    this.statistics = statistics;
    this.labels = labels;
  }

  @Operation(
      summary = "Petition figures of a year or a date range, with person-times served",
      description =
          "Parameters: year, or from and to (yyyy-MM-dd); asOf (yyyy-MM-dd, default: all known"
              + " now) bounds the steps counted over the petitions accepted in the period;"
              + " filters street, community, category, channel. Every rate comes with numerator,"
              + " denominator, definition and its value rounded half-up to 0.01%.")
  @GetMapping
  Statistics<PetitionFigures> figures(
      @Parameter(example = "{\"year\": \"2023\"}") @RequestParam Map<String, String> parameters) {
    Map<String, String> rest = new HashMap<>(parameters);
    LocalDate asOf = asOf(rest.remove(AS_OF));
    Query query = Query.parse(rest, PetitionStatistics.DIMENSIONS);
    if (query.breakdown() != null) {
      throw new StatisticsRequestException("by", "Use /breakdown for a breakdown");
    }
    requireNotBefore(asOf, query);
    return Statistics.of("PETITION", query, statistics.figures(query, asOf));
  }

  @Operation(
      summary = "Petition figures per street, community, category or channel (JSON or text/csv)")
  @GetMapping(
      path = "/breakdown",
      produces = {"application/json", "text/csv"})
  Table breakdown(@RequestParam Map<String, String> parameters) {
    Map<String, String> rest = new HashMap<>(parameters);
    LocalDate asOf = asOf(rest.remove(AS_OF));
    Query query = Query.parse(rest, PetitionStatistics.DIMENSIONS);
    if (query.breakdown() == null) {
      throw new StatisticsRequestException(
          "by", "Say what to break down by: by=street, community, category or channel");
    }
    requireNotBefore(asOf, query);
    Table.Builder table =
        Table.withColumns(
            query.breakdown().parameter(),
            "zh",
            "en",
            "registered",
            "accepted",
            "notAccepted",
            "redirected",
            "resolved",
            "notResolved",
            "resolutionRate",
            "onTimeAcceptanceRate",
            "onTimeReplyRate",
            "satisfactionRate",
            "reviewRate",
            "reReviewRate",
            "personTimesServed");
    statistics
        .breakdown(query, asOf)
        .forEach(
            (key, f) -> {
              ReferenceData.Label label = labels.of(query.breakdown(), key);
              table.row(
                  key,
                  label.zh(),
                  label.en(),
                  f.registered(),
                  f.accepted(),
                  f.notAccepted(),
                  f.redirected(),
                  f.resolved(),
                  f.notResolved(),
                  f.resolutionRate().percent(),
                  f.onTimeAcceptanceRate().percent(),
                  f.onTimeReplyRate().percent(),
                  f.satisfactionRate().percent(),
                  f.reviewRate().percent(),
                  f.reReviewRate().percent(),
                  f.personTimesServed());
            });
    return table.build();
  }

  private static LocalDate asOf(String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new StatisticsRequestException(AS_OF, "asOf must be a date (yyyy-MM-dd)");
    }
  }

  private static void requireNotBefore(LocalDate asOf, Query query) {
    if (asOf != null && asOf.isBefore(query.period().from())) {
      throw new StatisticsRequestException(
          AS_OF, "asOf " + asOf + " is before the period, which starts " + query.period().from());
    }
  }
}
