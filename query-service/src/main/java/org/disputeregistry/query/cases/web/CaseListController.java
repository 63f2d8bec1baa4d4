package org.disputeregistry.query.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.disputeregistry.query.cases.CaseList;
import org.disputeregistry.query.cases.CaseSearch;
import org.disputeregistry.query.cases.Scope;
import org.disputeregistry.query.statistics.Table;
import org.disputeregistry.query.statistics.web.Pages;
import org.disputeregistry.query.statistics.web.Xlsx;
import org.disputeregistry.web.security.Allowed;
import org.disputeregistry.web.security.Identity;
import org.disputeregistry.web.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Case list (no personal data)")
class CaseListController {

  private final CaseList cases;

  CaseListController(CaseList cases) {
    this.cases = cases;
  }

  @Operation(
      summary = "Cases of every type, filtered, sorted and paged (JSON, text/csv or xlsx)",
      description =
          "One row per case (reconsideration, commercial mediation, petition): type, id, number,"
              + " state, street, community, category (a mediation's dispute type), owning"
              + " organisation, handler (mediator, assigned department), received, accepted and"
              + " closed dates, outcome, the due date of the time limit running now, last"
              + " business date and version. No personal data. Filters: caseType"
              + " (reconsideration, commercial-mediation, petition), number (exact), numberPrefix,"
              + " state, street, community, category, organisation, handler,"
              + " receivedFrom/receivedTo, closedFrom/closedTo, dueFrom/dueTo (the due date of the"
              + " time limit running now), open (true/false). sort=column or"
              + " column,asc|desc (default receivedOn,desc). Paged: page (from 0) and size (default"
              + " 100, at most 1000); a Link header with rel=\"next\" when there are more."
              + " Drill-down: figure=<a figure's JSON name, or <rate>.numerator /"
              + " <rate>.denominator> with caseType, year or from and to, and the filters (and"
              + " asOf) that the case type's statistics take lists exactly the cases the figure"
              + " counts. Analysts see every case; officers and mediators only their"
              + " organisation's (the district petition office every street's petitions).")
  @GetMapping(
      path = "/api/cases",
      produces = {"application/json", "text/csv", Xlsx.MEDIA_TYPE})
  @Allowed({Role.ANALYST, Role.RECONSIDERATION_OFFICER, Role.MEDIATOR, Role.PETITION_OFFICER})
  ResponseEntity<Table> list(
      @Parameter(example = "{\"caseType\": \"reconsideration\", \"open\": \"true\"}") @RequestParam
          Map<String, String> parameters) {
    CaseSearch search = CaseSearch.parse(parameters);
    CaseList.Page page = cases.search(search, Scope.of(Identity.current()));
    return Pages.linked(page.cases(), page.more(), search.page());
  }

  @Operation(
      summary = "How many cases the same request of the case list has in all",
      description =
          "The same parameters as GET /api/cases (page, size and sort aside), e.g. a work queue's"
              + " open cases overdue: open=true&dueTo=<yesterday>. Answers {\"cases\": n}.")
  @GetMapping(path = "/api/cases/count", produces = "application/json")
  @Allowed({Role.ANALYST, Role.RECONSIDERATION_OFFICER, Role.MEDIATOR, Role.PETITION_OFFICER})
  Map<String, Long> count(@RequestParam Map<String, String> parameters) {
    return Map.of("cases", cases.count(CaseSearch.parse(parameters), Scope.of(Identity.current())));
  }
}
