package org.disputeregistry.workbench.dashboard;

import java.util.Map;
import org.disputeregistry.workbench.api.Api;
import org.disputeregistry.workbench.api.Apis;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboard's files, fetched from the statistics API as the user (the token stays on the
 * server) and passed on byte for byte: a breakdown as CSV or as an Excel workbook, and a year's
 * statutory tables (法定统计报表) as one workbook.
 */
@Controller
class Downloads {

  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final Apis apis;

  Downloads(Apis apis) {
    this.apis = apis;
  }

  @GetMapping("/dashboard/breakdown.csv")
  ResponseEntity<byte[]> csv(@ModelAttribute DashboardForm form, @RequestParam String by) {
    StatisticsType type = typeOf(form, by);
    return file(
        CSV,
        name(type, form, by) + ".csv",
        apis.query().bytes(type.statisticsPath() + "/breakdown", query(form, by), CSV));
  }

  @GetMapping("/dashboard/breakdown.xlsx")
  ResponseEntity<byte[]> xlsx(@ModelAttribute DashboardForm form, @RequestParam String by) {
    StatisticsType type = typeOf(form, by);
    return file(
        Api.XLSX,
        name(type, form, by) + ".xlsx",
        apis.query().workbook(type.statisticsPath() + "/breakdown", query(form, by)));
  }

  @GetMapping("/dashboard/statutory-tables/{year}.xlsx")
  ResponseEntity<byte[]> statutoryTables(@PathVariable String year) {
    if (!year.matches("[0-9]{4}")) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return file(
        Api.XLSX,
        "statutory-tables-" + year + ".xlsx",
        apis.query()
            .workbook(
                "/api/statistics/statutory-tables/" + year, DashboardController.query(Map.of())));
  }

  private static StatisticsType typeOf(DashboardForm form, String by) {
    return StatisticsType.of(form.getCaseType())
        .filter(t -> t.dimensions().contains(by))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static MultiValueMap<String, String> query(DashboardForm form, String by) {
    Map<String, String> parameters = form.parameters();
    parameters.put("by", by);
    return DashboardController.query(parameters);
  }

  private static String name(StatisticsType type, DashboardForm form, String by) {
    String period = form.isPeriod() ? form.getFrom() + "_" + form.getTo() : form.getYear();
    return type.caseType() + "-" + period + "-by-" + by;
  }

  private static ResponseEntity<byte[]> file(MediaType type, String name, byte[] body) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }
}
