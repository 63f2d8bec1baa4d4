package org.disputeregistry.workbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.api.Apis;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The report page and the report itself, in the language of the page ({@code ?lang=} switches
 * both), from the published figures (the year's latest version) or the live ones, and the page says
 * which. The year is passed to the API as it was typed: the API says what is wrong with it.
 */
@Controller
class ReportController {

  private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
  private static final MediaType MARKDOWN =
      new MediaType("text", "markdown", StandardCharsets.UTF_8);

  /**
   * The service's page may carry nothing active: shown in a frame of ours (and opened on its own),
   * it runs no script and loads nothing but its inline styles and images.
   */
  private static final String SANDBOX =
      "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
          + " frame-ancestors 'self'";

  /** The year's latest published version (live figures if none); or the live figures. */
  private static final String PUBLISHED = "published";

  private static final String LIVE = "live";

  private final Apis apis;

  ReportController(Apis apis) {
    this.apis = apis;
  }

  /** The page; by default last year's report, the latest complete one, as published. */
  @GetMapping("/report")
  String page(
      @RequestParam(required = false) String year,
      @RequestParam(defaultValue = PUBLISHED) String figures,
      Model model) {
    String y =
        year == null || year.isBlank()
            ? String.valueOf(LocalDate.now(DISTRICT).getYear() - 1)
            : year.strip();
    String shown = figures.equals(LIVE) ? LIVE : PUBLISHED;
    model.addAttribute("year", y);
    model.addAttribute("figures", shown);
    model.addAttribute("reportLang", language());
    model.addAttribute("known", false);
    if (isYear(y)) {
      try {
        // Which version the report is made of: the latest, as the report itself says.
        JsonNode latest = apis.query().get("/api/publications/{year}?size=1", y);
        JsonNode current = latest.path("current");
        model.addAttribute("current", current.isNumber() ? current.asInt() : null);
        model.addAttribute(
            "publishedAt", latest.path("versions").path(0).path("publishedAt").asText(null));
        model.addAttribute("known", true);
      } catch (ApiProblem problem) {
        if (problem.status() != 400) {
          throw problem;
        }
        // A year the statistics do not take: the report's frame says why.
      }
    }
    return "report/report";
  }

  /** The report as HTML: in the page's frame, or as a file with {@code download}. */
  @GetMapping("/report/{year}.html")
  ResponseEntity<byte[]> html(
      @PathVariable String year,
      @RequestParam(defaultValue = PUBLISHED) String figures,
      @RequestParam(defaultValue = "false") boolean download) {
    return answer(year, figures, "html", HTML, download);
  }

  @GetMapping("/report/{year}.md")
  ResponseEntity<byte[]> markdown(
      @PathVariable String year, @RequestParam(defaultValue = PUBLISHED) String figures) {
    return answer(year, figures, "md", MARKDOWN, true);
  }

  private ResponseEntity<byte[]> answer(
      String year, String figures, String format, MediaType type, boolean download) {
    if (!year.chars().allMatch(Character::isDigit) || year.isEmpty() || year.length() > 4) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    if (!figures.equals(PUBLISHED) && !figures.equals(LIVE)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    String lang = language();
    MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
    query.add("lang", lang);
    query.add("format", format);
    query.add("figures", figures);
    byte[] body = apis.query().bytes("/api/reports/annual/" + year, query, type);
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.ok()
            .contentType(type)
            .header("Content-Security-Policy", SANDBOX)
            // Spring Security's default DENY would keep it out of the page's own frame.
            .header("X-Frame-Options", "SAMEORIGIN");
    if (download) {
      answer.header(
          HttpHeaders.CONTENT_DISPOSITION,
          ContentDisposition.attachment()
              .filename("report-" + year + "." + lang + "." + format)
              .build()
              .toString());
    }
    return answer.body(body);
  }

  private static boolean isYear(String year) {
    return year.matches("\\d{4}");
  }

  /** The report's language: the page's (zh unless English was chosen). */
  private static String language() {
    return LocaleContextHolder.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage())
        ? "en"
        : "zh";
  }
}
