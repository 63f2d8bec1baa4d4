package org.disputeregistry.query.mediation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.counts.SmallCells;
import org.disputeregistry.query.mediation.CommercialMediationFigures;
import org.disputeregistry.query.mediation.CommercialMediationStatistics;
import org.disputeregistry.query.statistics.Labels;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.Statistics;
import org.disputeregistry.query.statistics.Table;
import org.disputeregistry.query.statistics.web.BreakdownTable;
import org.disputeregistry.query.statistics.web.CaseLinks;
import org.disputeregistry.query.statistics.web.FiguresAnswers;
import org.disputeregistry.query.statistics.web.StatisticsRequests;
import org.disputeregistry.query.statistics.web.Xlsx;
import org.disputeregistry.web.security.Allowed;
import org.disputeregistry.web.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statistics: commercial mediation (商事调解)")
@Allowed(Role.ANALYST)
class CommercialMediationStatisticsController {

  static final String PATH = "/api/statistics/commercial-mediations";

  /** The singular path of earlier releases, answered for one more release. */
  static final String OLD_PATH = "/api/statistics/commercial-mediation";

  private static final ReferenceData.Label NOT_GIVEN =
      new ReferenceData.Label("", "未指定", "Not given");

  private final CommercialMediationStatistics statistics;
  private final Labels labels;
  private final SmallCells smallCells;
  private final FiguresAnswers answers;

  CommercialMediationStatisticsController(
      CommercialMediationStatistics statistics,
      Labels labels,
      SmallCells smallCells,
      FiguresAnswers answers) {
    this.statistics = statistics;
    this.labels = labels;
    this.smallCells = smallCells;
    this.answers = answers;
  }

  @Operation(
      summary = "Commercial mediation figures of a year or a date range",
      description =
          "Parameters: year, or from and to (yyyy-MM-dd); filters centre, mediator, disputeType,"
              + " source, partyOrigin, street, community. Every rate comes with numerator, denominator,"
              + " definition and its value rounded half-up to 0.01%; amounts are exact decimal"
              + " strings per currency. compare=previousYear adds yearOnYear: each figure beside"
              + " the same period a year earlier, its change and whether it is a record since the"
              + " first year on file.")
  @GetMapping(
      path = PATH,
      produces = {"application/json", Xlsx.MEDIA_TYPE})
  Statistics<Figures> figures(
      @Parameter(example = "{\"year\": \"2023\"}") @RequestParam Map<String, String> parameters) {
    return answers.answer(
        parameters,
        CommercialMediationFigures.ALL,
        CommercialMediationStatistics.DIMENSIONS,
        statistics::figures);
  }

  @Operation(
      summary =
          "Commercial mediation figures per centre, mediator, dispute type, source, party"
              + " origin, street or community (JSON, text/csv or xlsx); amounts in one column per"
              + " currency",
      description =
          "by=partyOrigin counts a case once under each origin among its parties: its rows may"
              + " add up to more than the cases, and each row's rates and amounts are over its"
              + " own cases.")
  @GetMapping(
      path = PATH + "/breakdown",
      produces = {"application/json", "text/csv", Xlsx.MEDIA_TYPE})
  Table breakdown(@RequestParam Map<String, String> parameters) {
    Query query =
        StatisticsRequests.breakdown(
            parameters,
            CommercialMediationStatistics.DIMENSIONS,
            "centre, mediator, disputeType, source, partyOrigin, ...");
    return BreakdownTable.of(
        CommercialMediationFigures.ALL.caseType(),
        query,
        smallCells.breakdown(CommercialMediationFigures.ALL, query, statistics.breakdown(query)),
        CommercialMediationFigures.BREAKDOWN,
        key -> key.isEmpty() ? NOT_GIVEN : labels.of(query.breakdown(), key),
        CaseLinks.askedIn(parameters, query, null, CommercialMediationFigures.ALL));
  }

  @Operation(summary = "Deprecated: use " + PATH, deprecated = true)
  @GetMapping(
      path = OLD_PATH,
      produces = {"application/json", Xlsx.MEDIA_TYPE})
  ResponseEntity<Statistics<Figures>> figuresAtTheOldPath(
      @RequestParam Map<String, String> parameters) {
    return StatisticsRequests.deprecated(OLD_PATH, PATH, figures(parameters));
  }

  @Operation(summary = "Deprecated: use " + PATH + "/breakdown", deprecated = true)
  @GetMapping(
      path = OLD_PATH + "/breakdown",
      produces = {"application/json", "text/csv", Xlsx.MEDIA_TYPE})
  ResponseEntity<Table> breakdownAtTheOldPath(@RequestParam Map<String, String> parameters) {
    return StatisticsRequests.deprecated(OLD_PATH, PATH, breakdown(parameters));
  }
}
