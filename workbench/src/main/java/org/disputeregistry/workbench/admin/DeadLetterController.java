package org.disputeregistry.workbench.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.api.Apis;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The query side's dead letters: a page of them with why each was parked; one or all run through
 * the projection again, what that did shown on the list (post, then redirect: a reload replays
 * nothing).
 */
@Controller
class DeadLetterController {

  static final int PAGE_SIZE = 50;

  private final Apis apis;
  private final ObjectMapper json;

  DeadLetterController(Apis apis, ObjectMapper json) {
    this.apis = apis;
    this.json = json;
  }

  @GetMapping("/admin/dead-letters")
  String list(@RequestParam(defaultValue = "0") int page, Model model) throws IOException {
    JsonNode answer =
        apis.query()
            .get("/api/admin/dead-letters?page={page}&size={size}", Math.max(page, 0), PAGE_SIZE);
    model.addAttribute("letters", json.treeToValue(answer, DeadLetters.class));
    return "admin/dead-letters";
  }

  @PostMapping("/admin/dead-letters/{id}/replay")
  String replay(@PathVariable long id, RedirectAttributes next) {
    try {
      JsonNode result = apis.query().post("/api/admin/dead-letters/{id}/replay", "", id);
      next.addFlashAttribute("replayed", id);
      next.addFlashAttribute("outcome", result.path("outcome").asText());
      next.addFlashAttribute("reason", result.path("reason").asText(""));
    } catch (ApiProblem problem) {
      if (problem.status() != 404) {
        throw problem;
      }
      // Settled meanwhile (another replay): the list says what is left.
      next.addFlashAttribute("gone", id);
    }
    return "redirect:/admin/dead-letters";
  }

  @PostMapping("/admin/dead-letters/replay")
  String replayAll(RedirectAttributes next) {
    JsonNode summary = apis.query().post("/api/admin/dead-letters/replay", "");
    next.addFlashAttribute("replayedAll", true);
    for (String count : new String[] {"replayed", "applied", "duplicates", "stillParked"}) {
      next.addFlashAttribute("all_" + count, summary.path(count).asLong());
    }
    return "redirect:/admin/dead-letters";
  }
}
