package org.disputeregistry.workbench.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.disputeregistry.workbench.api.Apis;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Published figures: a year's published versions, publishing its next one (post, then redirect: a
 * reload publishes nothing), and what was recorded or corrected since the current version, case by
 * case, a page at a time.
 */
@Controller
class PublicationController {

  static final int PAGE_SIZE = 100;
  static final int VERSIONS_SHOWN = 20;

  private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

  private final Apis apis;
  private final ObjectMapper json;

  PublicationController(Apis apis, ObjectMapper json) {
    this.apis = apis;
    this.json = json;
  }

  /** The page; by default last year, the latest complete one. */
  @GetMapping("/admin/publications")
  String page(
      @RequestParam(required = false) String year,
      @RequestParam(defaultValue = "0") int page,
      Model model)
      throws IOException {
    String y =
        year == null || year.isBlank()
            ? String.valueOf(LocalDate.now(DISTRICT).getYear() - 1)
            : year.strip();
    model.addAttribute("year", y);
    if (!isYear(y)) {
      model.addAttribute("yearInvalid", true);
      return "admin/publications";
    }
    Publications versions =
        json.treeToValue(
            apis.query().get("/api/publications/{year}?size={size}", y, VERSIONS_SHOWN),
            Publications.class);
    model.addAttribute("versions", versions);
    if (versions.current() != null) {
      model.addAttribute(
          "changes",
          json.treeToValue(
              apis.query()
                  .get(
                      "/api/publications/{year}/changes?page={page}&size={size}",
                      y,
                      Math.max(page, 0),
                      PAGE_SIZE),
              ChangesSincePublication.class));
    }
    return "admin/publications";
  }

  @PostMapping("/admin/publications/{year}")
  String publish(@PathVariable String year, RedirectAttributes next) {
    if (!isYear(year)) {
      return "redirect:/admin/publications";
    }
    next.addFlashAttribute(
        "published", apis.query().post("/api/publications/{year}", "", year).path("version"));
    return "redirect:/admin/publications?year=" + year;
  }

  private static boolean isYear(String year) {
    return year.matches("\\d{4}");
  }
}
