package org.disputeregistry.query.reconsideration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statistics")
class ReconsiderationStatisticsController {

  private final JdbcTemplate jdbc;

  ReconsiderationStatisticsController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Operation(summary = "Administrative reconsideration totals of a calendar year")
  @GetMapping("/api/statistics/reconsideration")
  ReconsiderationTotals totals(@RequestParam @Min(1990) @Max(2100) int year) {
    LocalDate from = LocalDate.of(year, 1, 1);
    Long received =
        jdbc.queryForObject(
            "SELECT count(*) FROM reconsideration_case WHERE received_on >= ? AND received_on < ?",
            Long.class,
            from,
            from.plusYears(1));
    return new ReconsiderationTotals(year, received);
  }
}
