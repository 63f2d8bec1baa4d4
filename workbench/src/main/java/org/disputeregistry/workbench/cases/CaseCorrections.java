package org.disputeregistry.workbench.cases;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.cases.TimelineViews.StepInEffect;
import org.disputeregistry.workbench.forms.FormSpec;
import org.disputeregistry.workbench.forms.FormValues;
import org.disputeregistry.workbench.forms.FormView;
import org.disputeregistry.workbench.forms.Forms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The correction of a case's latest step in effect, recorded by mistake: its amendment (the step's
 * own form, prefilled with what was recorded, plus who approved the correction, when and why) or
 * its retraction. Loaded into the case page and sent as a step is ({@link CaseSteps}): with the
 * page's version as {@code If-Match}, the API's problems next to the fields. Which step, and which
 * kind of step, is the page's: hidden inputs, the API judging them (a step no longer the latest is
 * {@code NOT_THE_LATEST_STEP}).
 */
@Controller
class CaseCorrections {

  private static final String VERSION = "_version";
  private static final String STEP = "_step";
  private static final String STEP_ID = "_correctedStepId";
  private static final String FORM_ID = "correction-form";

  private final Forms forms;
  private final CasePages pages;
  private final MessageSource messages;

  CaseCorrections(Forms forms, CasePages pages, MessageSource messages) {
    this.forms = forms;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping("/cases/{type}/{caseId}/amendment")
  String amendmentForm(
      @PathVariable String type,
      @PathVariable String caseId,
      @RequestParam(defaultValue = "") String version,
      @RequestHeader(value = "HX-Request", defaultValue = "false") boolean htmx,
      Model model) {
    CaseCollection collection = CaseController.collection(type, caseId);
    StepInEffect latest = latest(collection, caseId);
    String step = latest.step();
    if (!forms.steps(collection.path()).contains(step)) {
      throw notFound();
    }
    FormSpec form = amendment(collection, step);
    FormValues values = forms.withIds(form, forms.amendedAsRecorded(form, latest.fields()));
    return show(
        model,
        htmx,
        collection,
        caseId,
        version,
        v -> amendment(collection, caseId, form, values, null, hidden(step, latest.stepId(), v)));
  }

  @PostMapping("/cases/{type}/{caseId}/amendment")
  String amend(
      @PathVariable String type,
      @PathVariable String caseId,
      @RequestParam MultiValueMap<String, String> parameters,
      HttpServletResponse response,
      Model model) {
    CaseCollection collection = CaseController.collection(type, caseId);
    FormValues sent = FormValues.of(parameters);
    String step = sent.value(STEP);
    if (CaseSteps.CORRECTIONS.contains(step) || !forms.steps(collection.path()).contains(step)) {
      throw notFound();
    }
    FormSpec form = amendment(collection, step);
    FormValues values = forms.withIds(form, sent);
    ApiProblem problem = null;
    if (!values.addsRow()) {
      JsonNode body = forms.amendmentBody(form, values, step, values.value(STEP_ID));
      problem = pages.record(collection, caseId, "amendment", body, values.value(VERSION));
      if (problem == null) {
        return "redirect:/cases/" + collection.path() + "/" + caseId;
      }
      response.setStatus(problem.status());
    }
    ApiProblem refused = problem;
    String stepId = values.value(STEP_ID);
    return show(
        model,
        false,
        collection,
        caseId,
        "",
        v -> amendment(collection, caseId, form, values, refused, hidden(step, stepId, v)));
  }

  @GetMapping("/cases/{type}/{caseId}/retraction")
  String retractionForm(
      @PathVariable String type,
      @PathVariable String caseId,
      @RequestParam(defaultValue = "") String version,
      @RequestHeader(value = "HX-Request", defaultValue = "false") boolean htmx,
      Model model) {
    CaseCollection collection = CaseController.collection(type, caseId);
    StepInEffect latest = latest(collection, caseId);
    FormSpec form = retraction(collection);
    FormValues values = forms.withIds(form, FormValues.empty());
    return show(
        model,
        htmx,
        collection,
        caseId,
        version,
        v ->
            retraction(
                collection,
                caseId,
                form,
                values,
                null,
                hidden(latest.label(), latest.stepId(), v)));
  }

  @PostMapping("/cases/{type}/{caseId}/retraction")
  String retract(
      @PathVariable String type,
      @PathVariable String caseId,
      @RequestParam MultiValueMap<String, String> parameters,
      HttpServletResponse response,
      Model model) {
    CaseCollection collection = CaseController.collection(type, caseId);
    FormSpec form = retraction(collection);
    FormValues values = forms.withIds(form, FormValues.of(parameters));
    JsonNode body = forms.retractionBody(form, values, values.value(STEP_ID));
    ApiProblem problem =
        pages.record(collection, caseId, "retraction", body, values.value(VERSION));
    if (problem == null) {
      return "redirect:/cases/" + collection.path() + "/" + caseId;
    }
    response.setStatus(problem.status());
    Map<String, String> sent = hidden(values.value(STEP), values.value(STEP_ID), "");
    return show(
        model,
        false,
        collection,
        caseId,
        "",
        v -> retraction(collection, caseId, form, values, problem, withVersion(sent, v)));
  }

  /**
   * The form alone (htmx, with the version the page showed), else the case page as it is now with
   * the form, which names the version the user sees.
   */
  private String show(
      Model model,
      boolean htmx,
      CaseCollection collection,
      String caseId,
      String version,
      Function<String, FormView> form) {
    if (htmx) {
      model.addAttribute("form", form.apply(version));
      return "cases/step-form :: step";
    }
    JsonNode answer = pages.read(collection, caseId);
    return pages.show(model, collection, answer, null, form.apply(answer.path("version").asText()));
  }

  private StepInEffect latest(CaseCollection collection, String caseId) {
    return pages.latestStep(collection, caseId).orElseThrow(CaseCorrections::notFound);
  }

  private FormSpec amendment(CaseCollection collection, String step) {
    return forms.amendment(collection.path(), step).orElseThrow(CaseCorrections::notFound);
  }

  private FormSpec retraction(CaseCollection collection) {
    return forms.retraction(collection.path()).orElseThrow(CaseCorrections::notFound);
  }

  private FormView amendment(
      CaseCollection collection,
      String caseId,
      FormSpec form,
      FormValues values,
      ApiProblem problem,
      Map<String, String> hidden) {
    String title = message("correction.amendTitle", forms.title(form, hidden.get(STEP)));
    String action = "/cases/" + collection.path() + "/" + caseId + "/amendment";
    return forms.view(FORM_ID, action, title, form, values, problem, hidden);
  }

  private FormView retraction(
      CaseCollection collection,
      String caseId,
      FormSpec form,
      FormValues values,
      ApiProblem problem,
      Map<String, String> hidden) {
    String title = message("correction.retractTitle", hidden.get(STEP));
    String action = "/cases/" + collection.path() + "/" + caseId + "/retraction";
    return forms.view(FORM_ID, action, title, form, values, problem, hidden);
  }

  /**
   * The hidden inputs: the corrected step as the page names it (the amended step's name, the
   * retracted step's label), its id, and the version of the case the user sees.
   */
  private static Map<String, String> hidden(String step, String stepId, String version) {
    Map<String, String> hidden = new LinkedHashMap<>();
    hidden.put(STEP, step);
    hidden.put(STEP_ID, stepId);
    hidden.put(VERSION, version);
    return hidden;
  }

  private static Map<String, String> withVersion(Map<String, String> hidden, String version) {
    return hidden(hidden.get(STEP), hidden.get(STEP_ID), version);
  }

  private String message(String key, Object argument) {
    return messages.getMessage(key, new Object[] {argument}, LocaleContextHolder.getLocale());
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
