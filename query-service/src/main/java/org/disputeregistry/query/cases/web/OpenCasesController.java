package org.disputeregistry.query.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.disputeregistry.query.cases.OpenCaseAgeing;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.StatisticsRequestException;
import org.disputeregistry.report.OpenCaseAge;
import org.disputeregistry.report.YearOnYear.OpenCases;
import org.disputeregistry.web.security.Allowed;
import org.disputeregistry.web.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Case list")
class OpenCasesController {

  private final OpenCaseAgeing ageing;

  OpenCasesController(OpenCaseAgeing ageing) {
    this.ageing = ageing;
  }

  /** The ages of the table's columns, with their labels. */
  record AgeLabel(String code, String zh, String en) {}

  /** The cases open at a day by type, year of receipt and age, each cell with its case list. */
  record OpenCasesTable(LocalDate asOf, List<AgeLabel> ages, List<OpenCases> cells) {}

  @Operation(
      summary = "The ageing of open cases (历史积案): open at asOf, by year of receipt and age",
      description =
          "asOf (yyyy-MM-dd, required); caseType reconsideration, commercial-mediation or"
              + " petition (default: all). A case is open at asOf when received by it and not"
              + " ended by it. Ages in calendar months back from asOf: up to 1, 1-3, 3-6, 6-12,"
              + " over 12. Each cell lists its cases: GET /api/cases with openOn, receivedFrom"
              + " and receivedTo.")
  @Allowed({Role.ANALYST, Role.REPORT_GENERATOR})
  @GetMapping(path = "/api/statistics/open-cases", produces = "application/json")
  OpenCasesTable openCases(
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String caseType) {
    LocalDate day = Query.date("asOf", asOf);
    if (day == null) {
      throw new StatisticsRequestException("asOf", "Give asOf, the day (yyyy-MM-dd)");
    }
    return new OpenCasesTable(
        day,
        Arrays.stream(OpenCaseAge.values()).map(a -> new AgeLabel(a.name(), a.zh, a.en)).toList(),
        ageing.at(day, caseType));
  }
}
