package org.disputeregistry.query.deadline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.disputeregistry.query.deadline.DeadlineLists;
import org.disputeregistry.query.statistics.StatisticsRequestException;
import org.disputeregistry.query.statistics.Table;
import org.disputeregistry.web.security.Allowed;
import org.disputeregistry.web.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
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
              + " No personal data: case id and number, step, place, category, dates.")
  @GetMapping(
      path = "/overdue",
      produces = {"application/json", "text/csv"})
  Table overdue(
      @RequestParam String caseType,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return lists.overdue(caseType(caseType), asOf(asOf));
  }

  @Operation(summary = "Cases whose running time limit falls within the next days (JSON or CSV)")
  @GetMapping(
      path = "/due-soon",
      produces = {"application/json", "text/csv"})
  Table dueSoon(
      @RequestParam String caseType,
      @RequestParam(defaultValue = "7") int within,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    if (within < 0 || within > MAX_WITHIN) {
      throw new StatisticsRequestException("within", "within must be 0 to " + MAX_WITHIN + " days");
    }
    return lists.dueSoon(caseType(caseType), asOf(asOf), within);
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
