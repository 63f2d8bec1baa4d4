package org.disputeregistry.query.petition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.counts.SmallCells;
import org.disputeregistry.query.petition.PetitionFigures;
import org.disputeregistry.query.petition.PetitionStatistics;
import org.disputeregistry.query.statistics.AsOf;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/statistics/petitions")
@Tag(name = "Statistics: petitions and public demands (信访 / 群众诉求)")
@Allowed(Role.ANALYST)
class PetitionStatisticsController {

  private final PetitionStatistics statistics;
  private final Labels labels;
  private final SmallCells smallCells;
  private final FiguresAnswers answers;

  PetitionStatisticsController(
      PetitionStatistics statistics, Labels labels, SmallCells smallCells, FiguresAnswers answers) {
    this.statistics = statistics;
    this.labels = labels;
    this.smallCells = smallCells;
    this.answers = answers;
  }

  @Operation(
      summary = "Petition figures of a year or a date range, with person-times served",
      description =
          "Parameters: year, or from and to (yyyy-MM-dd); asOf (yyyy-MM-dd, default: all known"
              + " now) bounds the steps counted over the petitions accepted in the period;"
              + " filters street, community, category, channel, department (the directory's"
              + " code, UNMAPPED or NOT_ASSIGNED). Every rate comes with numerator, denominator,"
              + " definition and its value rounded half-up to 0.01%. compare=previousYear adds"
              + " yearOnYear: each figure beside the same period a year earlier (asOf moved back"
              + " with it), its change and whether it is a record since the first year on file.")
  @GetMapping(produces = {"application/json", Xlsx.MEDIA_TYPE})
  Statistics<Figures> figures(
      @Parameter(example = "{\"year\": \"2023\"}") @RequestParam Map<String, String> parameters) {
    return answers.answerAsOf(
        parameters, PetitionFigures.ALL, PetitionStatistics.DIMENSIONS, statistics::figures);
  }

  @Operation(
      summary =
          "Petition figures per street, community, category, channel or department (JSON, text/csv"
              + " or xlsx)")
  @GetMapping(
      path = "/breakdown",
      produces = {"application/json", "text/csv", Xlsx.MEDIA_TYPE})
  Table breakdown(@RequestParam Map<String, String> parameters) {
    Map<String, String> rest = new HashMap<>(parameters);
    LocalDate asOf = AsOf.taken(rest);
    Query query =
        StatisticsRequests.breakdown(
            rest,
            PetitionStatistics.DIMENSIONS,
            "street, community, category, channel or department");
    AsOf.requireNotBefore(asOf, query);
    return BreakdownTable.of(
        PetitionFigures.ALL.caseType(),
        query,
        smallCells.breakdown(PetitionFigures.ALL, query, statistics.breakdown(query, asOf)),
        PetitionFigures.BREAKDOWN,
        key -> labels.of(query.breakdown(), key),
        CaseLinks.askedIn(parameters, query, asOf, PetitionFigures.ALL));
  }
}
