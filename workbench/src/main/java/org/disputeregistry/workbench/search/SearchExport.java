package org.disputeregistry.workbench.search;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.disputeregistry.workbench.api.Api;
import org.disputeregistry.workbench.api.Apis;
import org.disputeregistry.workbench.caselist.ListQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search's cases as CSV, all of them: the API's CSV of each page in turn (its largest pages),
 * with the column names once. The first page is read before anything is sent, so that a refused
 * search is shown as a page, not saved as a file. And its first cases as an Excel workbook.
 */
@Controller
class SearchExport {

  /** The API's largest page. */
  private static final String PAGE_SIZE = "1000";

  /** The rows of the Excel download: one page of the API, its largest. */
  static final int XLSX_ROWS = Integer.parseInt(PAGE_SIZE);

  private final Apis apis;

  SearchExport(Apis apis) {
    this.apis = apis;
  }

  @GetMapping(SearchController.PATH + "/export")
  void export(@RequestParam Map<String, String> request, HttpServletResponse response)
      throws IOException {
    ListQuery query = ListQuery.of(request).with("size", PAGE_SIZE).with("page", null);
    Api api = apis.query();
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    boolean more = api.csv(query.template("/api/cases"), first, false, query.values());
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename("cases.csv").build().toString());
    OutputStream out = response.getOutputStream();
    first.writeTo(out);
    for (int page = 1; more; page++) {
      ListQuery next = query.with("page", String.valueOf(page));
      more = api.csv(next.template("/api/cases"), out, true, next.values());
    }
    out.flush();
  }

  /**
   * The search's first {@link #XLSX_ROWS} cases as the API's Excel workbook (a workbook cannot be
   * appended to page by page as CSV can; the CSV has them all).
   */
  @GetMapping(SearchController.PATH + "/export.xlsx")
  ResponseEntity<byte[]> xlsx(@RequestParam Map<String, String> request) {
    ListQuery query = ListQuery.of(request).with("size", PAGE_SIZE).with("page", null);
    MultiValueMap<String, String> asked = new LinkedMultiValueMap<>();
    query.parameters().forEach(asked::add);
    return ResponseEntity.ok()
        .contentType(Api.XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("cases.xlsx").build().toString())
        .body(apis.query().workbook("/api/cases", asked));
  }
}
