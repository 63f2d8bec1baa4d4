package org.disputeregistry.workbench.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.api.Apis;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rebuild of the query side's read models: started here ({@code POST /api/admin/rebuild}; a 409
 * REBUILD_RUNNING is shown as such), its progress ({@code GET /api/admin/rebuild}) shown and asked
 * for again by the page every two seconds while it runs (a fragment; once done the fragment has no
 * trigger, and the polling stops).
 */
@Controller
class RebuildController {

  private static final String API = "/api/admin/rebuild";

  private final Apis apis;
  private final ObjectMapper json;

  RebuildController(Apis apis, ObjectMapper json) {
    this.apis = apis;
    this.json = json;
  }

  @GetMapping("/admin/rebuild")
  String page(Model model) throws IOException {
    model.addAttribute("rebuild", progress());
    return "admin/rebuild";
  }

  @GetMapping("/admin/rebuild/progress")
  String progressFragment(Model model) throws IOException {
    model.addAttribute("rebuild", progress());
    return "admin/rebuild :: progress";
  }

  @PostMapping("/admin/rebuild")
  String start(RedirectAttributes next) {
    try {
      apis.query().post(API, "");
      next.addFlashAttribute("started", true);
    } catch (ApiProblem problem) {
      if (problem.status() != 409) {
        throw problem;
      }
      next.addFlashAttribute("refusedCode", problem.code());
      next.addFlashAttribute("refusedDetail", problem.detail());
    }
    return "redirect:/admin/rebuild";
  }

  private RebuildProgress progress() throws IOException {
    return json.treeToValue(apis.query().get(API), RebuildProgress.class);
  }
}
