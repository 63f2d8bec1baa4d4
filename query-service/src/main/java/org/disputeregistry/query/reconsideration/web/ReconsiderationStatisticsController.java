package org.disputeregistry.query.reconsideration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.counts.SmallCells;
import org.disputeregistry.query.reconsideration.ReconsiderationFigures;
import org.disputeregistry.query.reconsideration.ReconsiderationStatistics;
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
@Tag(name = "Statistics: administrative reconsideration (行政复议)")
@Allowed(Role.ANALYST)
class ReconsiderationStatisticsController {

  static final String PATH = "/api/statistics/reconsiderations";

  /** The singular path of earlier releases, answered for one more release. */
  static final String OLD_PATH = "/api/statistics/reconsideration";

  private final ReconsiderationStatistics statistics;
  private final Labels labels;
  private final SmallCells smallCells;
  private final FiguresAnswers answers;

  ReconsiderationStatisticsController(
      ReconsiderationStatistics statistics,
      Labels labels,
      SmallCells smallCells,
      FiguresAnswers answers) {
    this.statistics = statistics;
    this.labels = labels;
    this.smallCells = smallCells;
    this.answers = answers;
  }

  @Operation(
      summary = "Reconsideration figures of a year or a date range",
      description =
          "Parameters: year, or from and to (yyyy-MM-dd); filters street, community, category,"
              + " respondentAgency (as typed), respondent (the directory's code, or UNMAPPED),"
              + " respondentLevel, actKind, applicantKind, channel, procedure. Every rate comes"
              + " with numerator, denominator, definition and its value rounded half-up to"
              + " 0.01%. compare=previousYear adds yearOnYear: each figure beside the same period"
              + " a year earlier, its change and whether it is a record since the first year on"
              + " file.")
  @GetMapping(
      path = PATH,
      produces = {"application/json", Xlsx.MEDIA_TYPE})
  Statistics<Figures> figures(
      @Parameter(example = "{\"year\": \"2023\"}") @RequestParam Map<String, String> parameters) {
    return answers.answer(
        parameters,
        ReconsiderationFigures.ALL,
        ReconsiderationStatistics.DIMENSIONS,
        statistics::figures);
  }

  @Operation(
      summary =
          "Reconsideration figures per street, community, category, agency, respondent, level,"
              + " act kind, applicant kind, channel or procedure (JSON, text/csv or xlsx)",
      description =
          "by=applicantKind counts a case once under each kind among its applicants: its rows"
              + " may add up to more than the cases, and each row's rates are over its own"
              + " cases. Cases recorded without applicants or act kind are the row UNKNOWN; a"
              + " respondent not in the directory is the row UNMAPPED.")
  @GetMapping(
      path = PATH + "/breakdown",
      produces = {"application/json", "text/csv", Xlsx.MEDIA_TYPE})
  Table breakdown(@RequestParam Map<String, String> parameters) {
    Query query =
        StatisticsRequests.breakdown(
            parameters,
            ReconsiderationStatistics.DIMENSIONS,
            "street, community, category, respondent, respondentLevel, actKind, applicantKind, ...");
    return BreakdownTable.of(
        ReconsiderationFigures.ALL.caseType(),
        query,
        smallCells.breakdown(ReconsiderationFigures.ALL, query, statistics.breakdown(query)),
        ReconsiderationFigures.BREAKDOWN,
        key -> labels.of(query.breakdown(), key),
        CaseLinks.askedIn(parameters, query, null, ReconsiderationFigures.ALL));
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
