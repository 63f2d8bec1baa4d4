package org.disputeregistry.workbench.cases;

import java.util.UUID;
import org.disputeregistry.workbench.signin.RegistryUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case lookup by id and the case page. The id is checked here only for its form (a UUID); who
 * may read the case is the API's decision, and its refusal is shown as it is.
 */
@Controller
class CaseController {

  private final CasePages pages;

  CaseController(CasePages pages) {
    this.pages = pages;
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
  String show(
      @PathVariable String type,
      @PathVariable String caseId,
      @RequestParam(required = false) Long from,
      Model model) {
    CaseCollection collection = collection(type, caseId);
    if (from != null && from < 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    return pages.show(model, collection, pages.read(collection, caseId), from, null);
  }

  /** The collection of a case page's path, if the path names one and a case id; else 404. */
  static CaseCollection collection(String type, String caseId) {
    CaseCollection collection =
        CaseCollection.ofPath(type)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!isUuid(caseId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return collection;
  }

  private static boolean isUuid(String text) {
    try {
      return UUID.fromString(text).toString().equalsIgnoreCase(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
