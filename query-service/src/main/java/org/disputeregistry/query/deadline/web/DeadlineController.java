package org.disputeregistry.query.deadline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disputeregistry.query.cases.CaseSearch;
import org.disputeregistry.query.cases.Scope;
import org.disputeregistry.query.deadline.DeadlineLists;
import org.disputeregistry.query.statistics.StatisticsRequestException;
import org.disputeregistry.query.statistics.Table;
import org.disputeregistry.query.statistics.web.Pages;
import org.disputeregistry.query.statistics.web.Xlsx;
import org.disputeregistry.web.security.Allowed;
import org.disputeregistry.web.security.Identity;
import org.disputeregistry.web.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases past or near their time limits")
@Allowed({Role.ANALYST, Role.RECONSIDERATION_OFFICER, Role.MEDIATOR, Role.PETITION_OFFICER})
class DeadlineController {

  private static final int MAX_WITHIN = 366;

  /** Rows per page unless asked; at most {@link #MAX_SIZE} (more is a 400 naming size). */
  private static final String DEFAULT_SIZE = "100";

  static final int MAX_SIZE = 1000;
  private static final int MAX_PAGE = 1_000_000;

  private static final String LISTS =
      " One row per time limit (a case with several running has a row for each): caseType, case"
          + " id and number, step (what the case waits for: reconsideration REVIEW, CORRECTION,"
          + " DECISION; petition ACCEPTANCE, REPLY, REVIEW_DECISION, RE_REVIEW_DECISION), street,"
          + " community, category, organisation, handler, since, dueOn and the article of the law"
          + " in force on the case's receipt date. No personal data. Filters as GET /api/cases:"
          + " caseType (reconsideration, commercial-mediation, petition; all if absent),"
          + " organisation, street, handler. asOf defaults to today. Analysts see every case;"
          + " officers and mediators only their organisation's (the district petition office every"
          + " street's petitions). Paged: page (from 0) and size (default 100, at most 1000); a"
          + " Link header with rel=\"next\" when there are more.";

  private final DeadlineLists lists;

  /** In the district's time zone: business dates are its days. */
  private final Clock clock;

  DeadlineController(DeadlineLists lists, Clock clock) {
    this.lists = lists;
    this.clock = clock;
  }

  @Operation(
      summary = "Time limits that ran out by asOf and still run (JSON, text/csv or xlsx)",
      description = "A suspended reconsideration's decision limit does not run." + LISTS)
  @GetMapping(
      path = "/overdue",
      produces = {"application/json", "text/csv", Xlsx.MEDIA_TYPE})
  ResponseEntity<Table> overdue(
      @Parameter(example = "{\"caseType\": \"petition\", \"street\": \"GONGMING\"}") @RequestParam
          Map<String, String> filters,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
      @RequestParam(defaultValue = DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
    return paged(lists.overdue(request(filters, asOf, page, size)), page);
  }

  @Operation(
      summary =
          "Time limits running on asOf that fall within the next days (JSON, text/csv or xlsx)",
      description = "within: days from asOf, 0 to 366 (default 7)." + LISTS)
  @GetMapping(
      path = "/due-soon",
      produces = {"application/json", "text/csv", Xlsx.MEDIA_TYPE})
  ResponseEntity<Table> dueSoon(
      @Parameter(example = "{\"caseType\": \"reconsideration\"}") @RequestParam
          Map<String, String> filters,
      @RequestParam(defaultValue = "7") int within,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
      @RequestParam(defaultValue = DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
    if (within < 0 || within > MAX_WITHIN) {
      throw new StatisticsRequestException("within", "within must be 0 to " + MAX_WITHIN + " days");
    }
    return paged(lists.dueSoon(request(filters, asOf, page, size), within), page);
  }

  /**
   * The filters of the request (its other parameters are bound above; an unknown one is a 400
   * naming it), scoped to the caller.
   */
  private DeadlineLists.Request request(
      Map<String, String> parameters, LocalDate asOf, int page, int size) {
    Map<String, String> filters = new HashMap<>(parameters);
    List.of("asOf", "page", "size", "within").forEach(filters::remove);
    filters.keySet().stream()
        .filter(name -> !DeadlineLists.FILTERS.contains(name))
        .findFirst()
        .ifPresent(
            name -> {
              throw new StatisticsRequestException(
                  name, name + " is not a parameter of this list: " + DeadlineLists.FILTERS);
            });
    return new DeadlineLists.Request(
        CaseSearch.parse(filters),
        Scope.of(Identity.current()),
        asOf == null ? LocalDate.now(clock) : asOf,
        page,
        size);
  }

  private static ResponseEntity<Table> paged(DeadlineLists.Page list, int page) {
    return Pages.linked(list.cases(), list.more(), page);
  }
}
