package org.disputeregistry.query.statutory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.web.Xlsx;
import org.disputeregistry.web.security.Allowed;
import org.disputeregistry.web.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statutory tables")
class StatutoryTablesController {

  private final StatutoryTables tables;
  private final Clock clock;

  StatutoryTablesController(StatutoryTables tables, Clock clock) {
    this.tables = tables;
    this.clock = clock;
  }

  @Operation(
      summary = "The statutory tables of a year as one Excel workbook (xlsx)",
      description =
          "A sheet of what the workbook is, then reconsideration (申请, 受理, 审结 by result) by"
              + " respondent level, kind of act, area of administration, applicant kind and"
              + " respondent, each with a 合计 row; petitions by department; commercial mediation"
              + " by source and by the parties' origin. Exact figures of the statistics API for"
              + " the calendar year. Only Accept: "
              + Xlsx.MEDIA_TYPE
              + " (or */*); Accept-Language: en gives English headers.")
  @GetMapping(path = "/api/statistics/statutory-tables/{year}", produces = Xlsx.MEDIA_TYPE)
  @Allowed({Role.ANALYST, Role.ADMIN})
  ResponseEntity<byte[]> workbook(@PathVariable String year, HttpServletRequest request)
      throws IOException {
    int y = Period.year(year);
    Xlsx workbook = new Xlsx(Xlsx.english(request));
    for (StatutoryTables.Sheet sheet : tables.of(y)) {
      workbook.sheet(sheet.name(), sheet.table(), Xlsx.notes(request, clock));
    }
    // A few small sheets: written whole, so a failure is still a problem, never half a file.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.writeTo(out);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("statutory-tables-" + y + ".xlsx")
                .build()
                .toString())
        .body(out.toByteArray());
  }
}
