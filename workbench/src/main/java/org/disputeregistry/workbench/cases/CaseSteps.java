package org.disputeregistry.workbench.cases;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.api.Apis;
import org.disputeregistry.workbench.forms.FormSpec;
import org.disputeregistry.workbench.forms.FormValues;
import org.disputeregistry.workbench.forms.FormView;
import org.disputeregistry.workbench.forms.Forms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A step of a case: its form (the engine's, for {@code POST /api/<cases>/{caseId}/<step>}), inline
 * in the case page (htmx) or on it (without script), and its recording with {@code If-Match} = the
 * version the page showed, so that a step taken on a stale page is refused (412) and said so. After
 * a step the case page shows the new state and timeline; after a problem, the page as it is now
 * with the form, the user's input and the API's messages.
 */
@Controller
class CaseSteps {

  /** The hidden input of the version the page showed. */
  /** The operations on a case that are not steps: its corrections, with their own forms. */
  static final Set<String> CORRECTIONS = Set.of("amendment", "retraction");

  private static final String VERSION = "_version";

  private final Apis apis;
  private final Forms forms;
  private final CasePages pages;

  CaseSteps(Apis apis, Forms forms, CasePages pages) {
    this.apis = apis;
    this.forms = forms;
    this.pages = pages;
  }

  static String path(CaseCollection collection, String step) {
    return "/api/" + collection.path() + "/{caseId}/" + step;
  }

  @GetMapping("/cases/{type}/{caseId}/steps/{step}")
  String form(
      @PathVariable String type,
      @PathVariable String caseId,
      @PathVariable String step,
      @RequestParam(defaultValue = "") String version,
      @RequestHeader(value = "HX-Request", defaultValue = "false") boolean htmx,
      Model model) {
    CaseCollection collection = CaseController.collection(type, caseId);
    FormSpec form = form(collection, step);
    FormValues values = forms.withIds(form, FormValues.empty());
    if (htmx) {
      model.addAttribute("form", view(collection, caseId, step, form, values, null, version));
      return "cases/step-form :: step";
    }
    JsonNode answer = pages.read(collection, caseId);
    String current = answer.path("version").asText();
    return pages.show(
        model,
        collection,
        answer,
        null,
        view(collection, caseId, step, form, values, null, current));
  }

  @PostMapping("/cases/{type}/{caseId}/steps/{step}")
  String record(
      @PathVariable String type,
      @PathVariable String caseId,
      @PathVariable String step,
      @RequestParam MultiValueMap<String, String> parameters,
      HttpServletResponse response,
      Model model) {
    CaseCollection collection = CaseController.collection(type, caseId);
    FormSpec form = form(collection, step);
    FormValues values = forms.withIds(form, FormValues.of(parameters));
    String version = values.value(VERSION);
    ApiProblem problem = null;
    if (!values.addsRow()) {
      problem = pages.record(collection, caseId, step, forms.body(form, values), version);
      if (problem == null) {
        return "redirect:/cases/" + collection.path() + "/" + caseId;
      }
      response.setStatus(problem.status());
    }
    // The page as the case is now; the form keeps the input, and sent again it names this version.
    JsonNode answer = pages.read(collection, caseId);
    String current = answer.path("version").asText();
    return pages.show(
        model,
        collection,
        answer,
        null,
        view(collection, caseId, step, form, values, problem, current));
  }

  private FormSpec form(CaseCollection collection, String step) {
    if (!forms.steps(collection.path()).contains(step) || CORRECTIONS.contains(step)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return forms
        .form(path(collection, step))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private FormView view(
      CaseCollection collection,
      String caseId,
      String step,
      FormSpec form,
      FormValues values,
      ApiProblem problem,
      String version) {
    return forms.view(
        "step-form",
        "/cases/" + collection.path() + "/" + caseId + "/steps/" + step,
        forms.title(form, step),
        form,
        values,
        problem,
        Map.of(VERSION, version));
  }
}
