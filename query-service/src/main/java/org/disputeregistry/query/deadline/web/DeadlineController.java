package org.disputeregistry.query.deadline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import org.disputeregistry.query.deadline.DeadlineLists;
import org.disputeregistry.query.statistics.StatisticsRequestException;
import org.disputeregistry.query.statistics.Table;
import org.disputeregistry.query.statistics.web.Pages;
import org.disputeregistry.web.security.Allowed;
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
@Allowed(Role.ANALYST)
class DeadlineController {

  private static final int MAX_WITHIN = 366;

  /** Rows per page unless asked; at most {@link #MAX_SIZE} (more is a 400 naming size). */
  private static final String DEFAULT_SIZE = "100";

  static final int MAX_SIZE = 1000;
  private static final int MAX_PAGE = 1_000_000;

  private final DeadlineLists lists;

  /** In the district's time zone: business dates are its days. */
  private final Clock clock;

  DeadlineController(DeadlineLists lists, Clock clock) {
    this.lists = lists;
    this.clock = clock;
  }

  @Operation(
      summary = "Cases whose time limit ran out by asOf and still runs (JSON or text/csv)",
      description =
          "caseType: petition (acceptance, reply, review and re-review decisions) or"
              + " reconsideration (decision; suspended cases excluded). asOf defaults to today."
              + " No personal data: case id and number, step, place, category, dates. Paged:"
              + " page (from 0) and size (default 100, at most 1000); a Link header with"
              + " rel=\"next\" when there are more.")
  @GetMapping(
      path = "/overdue",
      produces = {"application/json", "text/csv"})
  ResponseEntity<Table> overdue(
      @RequestParam String caseType,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
      @RequestParam(defaultValue = DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
    return paged(lists.overdue(caseType(caseType), asOf(asOf), page, size), page);
  }

  @Operation(summary = "Cases whose running time limit falls within the next days (JSON or CSV)")
  @GetMapping(
      path = "/due-soon",
      produces = {"application/json", "text/csv"})
  ResponseEntity<Table> dueSoon(
      @RequestParam String caseType,
      @RequestParam(defaultValue = "7") int within,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
      @RequestParam(defaultValue = DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
    if (within < 0 || within > MAX_WITHIN) {
      throw new StatisticsRequestException("within", "within must be 0 to " + MAX_WITHIN + " days");
    }
    return paged(lists.dueSoon(caseType(caseType), asOf(asOf), within, page, size), page);
  }

  private static ResponseEntity<Table> paged(DeadlineLists.Page list, int page) {
    return Pages.linked(list.cases(), list.more(), page);
  }

  private static String caseType(String caseType) {
    if (!DeadlineLists.CASE_TYPES.contains(caseType)) {
      throw new StatisticsRequestException(
          "caseType", "caseType must be one of " + DeadlineLists.CASE_TYPES);
    }
    return caseType;
  }

  private LocalDate asOf(LocalDate asOf) {
    return asOf == null ? LocalDate.now(clock) : asOf;
  }
}
