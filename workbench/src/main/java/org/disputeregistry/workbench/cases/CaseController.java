package org.disputeregistry.workbench.cases;

import java.util.UUID;
import org.disputeregistry.workbench.api.Apis;
import org.disputeregistry.workbench.signin.RegistryUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case lookup by id and the case page. The id is checked here only for its form (a UUID); who
 * may read the case is the API's decision, and its refusal is shown as it is.
 */
@Controller
class CaseController {

  private final Apis apis;
  private final CaseViews views;

  CaseController(Apis apis, CaseViews views) {
    this.apis = apis;
    this.views = views;
  }

  @GetMapping("/cases")
  String lookup(
      @ModelAttribute("lookup") LookupForm form,
      BindingResult errors,
      @AuthenticationPrincipal RegistryUser user,
      Model model) {
    model.addAttribute("collections", CaseCollection.readableBy(user));
    if (form.getCaseId().isEmpty()) {
      return "cases/lookup";
    }
    if (CaseCollection.ofPath(form.getType()).isEmpty()) {
      errors.rejectValue("type", "lookup.type.invalid");
    }
    if (!isUuid(form.getCaseId())) {
      errors.rejectValue("caseId", "lookup.caseId.invalid");
    }
    if (errors.hasErrors()) {
      return "cases/lookup";
    }
    return "redirect:/cases/" + form.getType() + "/" + UUID.fromString(form.getCaseId());
  }

  @GetMapping("/cases/{type}/{caseId}")
  String show(@PathVariable String type, @PathVariable String caseId, Model model) {
    CaseCollection collection =
        CaseCollection.ofPath(type)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!isUuid(caseId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute(
        "case", views.of(apis.command().get("/api/{type}/{caseId}", collection.path(), caseId)));
    model.addAttribute("type", collection.path());
    return "cases/case";
  }

  private static boolean isUuid(String text) {
    try {
      return UUID.fromString(text).toString().equalsIgnoreCase(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
