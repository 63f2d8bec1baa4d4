package org.disputeregistry.workbench.reference;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The community options of a street: what a form's community select gets when a street is chosen.
 */
@Controller
class CommunitiesController {

  private final Labels labels;

  CommunitiesController(Labels labels) {
    this.labels = labels;
  }

  @GetMapping("/reference/communities")
  String communities(@RequestParam(defaultValue = "") String street, Model model) {
    model.addAttribute("communities", labels.communities(street));
    model.addAttribute("selected", "");
    return "fragments/choices :: communities";
  }
}
