package org.disputeregistry.workbench.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.disputeregistry.workbench.api.Apis;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The respondent agencies and petition departments as typed that the reference data's directories
 * do not know ({@code GET /api/reference-data/unmapped}): their cases count under 未匹配名录 until the
 * text is added to an entry's aliases, which the page explains.
 */
@Controller
class UnmappedNamesController {

  /** A text as typed and how many cases name it. */
  record Unmapped(String text, long cases) {}

  private final Apis apis;

  UnmappedNamesController(Apis apis) {
    this.apis = apis;
  }

  @GetMapping("/admin/unmapped")
  String page(Model model) {
    JsonNode lists = apis.query().get("/api/reference-data/unmapped");
    model.addAttribute("agencies", unmapped(lists.path("respondentAgencies")));
    model.addAttribute("departments", unmapped(lists.path("petitionDepartments")));
    return "admin/unmapped";
  }

  private static List<Unmapped> unmapped(JsonNode list) {
    List<Unmapped> names = new ArrayList<>();
    list.forEach(n -> names.add(new Unmapped(n.path("text").asText(), n.path("cases").asLong())));
    return List.copyOf(names);
  }
}
