package org.disputeregistry.query.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.Map;
import org.disputeregistry.query.report.ReportFigures;
import org.disputeregistry.query.report.TotalsYearOnYear;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.StatisticsRequestException;
import org.disputeregistry.query.statistics.web.StatisticsRequests;
import org.disputeregistry.report.AnnualTotals;
import org.disputeregistry.report.Language;
import org.disputeregistry.report.RenderedReport;
import org.disputeregistry.report.ReportRenderer;
import org.disputeregistry.web.security.Allowed;
import org.disputeregistry.web.security.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Annual report")
class ReportController {

  private static final MediaType MARKDOWN =
      new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8);

  private final ReportFigures figures;
  private final TotalsYearOnYear yearOnYear;
  private final ReportRenderer renderer = new ReportRenderer();

  ReportController(ReportFigures figures, TotalsYearOnYear yearOnYear) {
    this.figures = figures;
    this.yearOnYear = yearOnYear;
  }

  @Operation(
      summary = "The year's totals that the annual report is written from",
      description =
          "Every figure of every case type, by street and by month, with rates' parts."
              + " figures=live (default: every case recorded until now) or published (the year's"
              + " latest published version, live if none was published); source says which."
              + " compare=previousYear adds yearOnYear: every figure beside the year before, the"
              + " record check since the first year on file, the cases open at the year's end by"
              + " year of receipt and age (a published version's as it was published).")
  @Allowed({Role.REPORT_GENERATOR, Role.ANALYST})
  @GetMapping("/api/statistics/totals")
  AnnualTotals totals(
      @RequestParam String year,
      @RequestParam(defaultValue = "live") String figures,
      @RequestParam Map<String, String> parameters) {
    int y = Period.year(year);
    boolean compare = StatisticsRequests.compare(new HashMap<>(parameters));
    AnnualTotals totals = totals(y, figures, compare);
    // A published version holds its comparison as of publication; the live one is computed now.
    return compare && totals.yearOnYear() == null ? totals.with(yearOnYear.of(y)) : totals;
  }

  @Operation(
      summary = "The statistics section of the annual report",
      description =
          "lang=zh (default) or en; format=html (default: a self-contained, print-ready page with"
              + " its charts inline) or md (Markdown; its charts are in the HTML). figures=published"
              + " (default: the year's latest published version, live if none was published) or"
              + " live; the report says which it is made of.")
  @Allowed({Role.REPORT_GENERATOR, Role.ANALYST})
  @GetMapping("/api/reports/annual/{year}")
  ResponseEntity<String> report(
      @PathVariable String year,
      @RequestParam(defaultValue = "zh") String lang,
      @RequestParam(defaultValue = "html") String format,
      @RequestParam(defaultValue = "published") String figures) {
    Language language;
    try {
      language = Language.of(lang);
    } catch (IllegalArgumentException e) {
      throw new StatisticsRequestException("lang", "lang must be zh or en");
    }
    if (!format.equals("html") && !format.equals("md")) {
      throw new StatisticsRequestException("format", "format must be html or md");
    }
    RenderedReport report = renderer.render(compared(Period.year(year), figures), language);
    return format.equals("md")
        ? ResponseEntity.ok().contentType(MARKDOWN).body(report.markdown())
        : ResponseEntity.ok()
            .contentType(
                new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
            .body(report.html());
  }

  /**
   * The report's totals with their comparison: a published version's as it was published (none for
   * a version of an earlier release, so that its report never changes), live ones' now.
   */
  private AnnualTotals compared(int year, String figures) {
    return totals(year, figures, true);
  }

  /** Live totals asked for with their comparison get it made of their own figures. */
  private AnnualTotals totals(int year, String figures, boolean compared) {
    return switch (figures) {
      case "published" -> this.figures.publishedOrLive(year, compared);
      case "live" -> this.figures.live(year, compared);
      default ->
          throw new StatisticsRequestException("figures", "figures must be published or live");
    };
  }
}
