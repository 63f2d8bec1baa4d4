package org.disputeregistry.workbench.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.api.Apis;
import org.disputeregistry.workbench.cases.TimelineViews.StepInEffect;
import org.disputeregistry.workbench.forms.FormView;
import org.disputeregistry.workbench.forms.Forms;
import org.disputeregistry.workbench.signin.RegistryUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The case page's model: the case (fields, state, running due dates), a page of its timeline, the
 * steps it may take next, each with its form's title, the step form the user opened, if any, and
 * the latest step in effect where the user may correct it.
 */
@Component
class CasePages {

  private final Apis apis;
  private final CaseViews views;
  private final TimelineViews timelines;
  private final Forms forms;

  CasePages(Apis apis, CaseViews views, TimelineViews timelines, Forms forms) {
    this.apis = apis;
    this.views = views;
    this.timelines = timelines;
    this.forms = forms;
  }

  /** A step the case may take: its path segment and its title. */
  record Step(String name, String title) {}

  JsonNode read(CaseCollection collection, String caseId) {
    return apis.command().get("/api/{type}/{caseId}", collection.path(), caseId);
  }

  String show(
      Model model, CaseCollection collection, JsonNode answer, Long from, FormView stepForm) {
    String caseId = answer.path("caseId").asText();
    JsonNode timeline =
        from == null
            ? apis.command().get("/api/{type}/{caseId}/timeline", collection.path(), caseId)
            : apis.command()
                .get("/api/{type}/{caseId}/timeline?from={from}", collection.path(), caseId, from);
    TimelineViews.Timeline shown =
        timelines.of(timeline, answer.path("street").asText(""), from == null);
    model.addAttribute("case", views.of(collection, answer));
    model.addAttribute("type", collection.path());
    model.addAttribute("timeline", shown);
    model.addAttribute("steps", steps(collection, answer));
    model.addAttribute("stepForm", stepForm);
    model.addAttribute("correctable", correctable(collection, shown.latest()));
    return "cases/case";
  }

  /** The case's latest step in effect, read from its whole timeline; empty if none. */
  Optional<StepInEffect> latestStep(CaseCollection collection, String caseId) {
    JsonNode timeline =
        apis.command().get("/api/{type}/{caseId}/timeline", collection.path(), caseId);
    return Optional.ofNullable(timelines.of(timeline, "", true).latest());
  }

  /**
   * Posts a step's (or a correction's) body with {@code If-Match} = the version the page showed;
   * null if recorded, else the API's refusal (4xx; a failure of the API is thrown on).
   */
  ApiProblem record(
      CaseCollection collection, String caseId, String operation, JsonNode body, String version) {
    HttpHeaders headers = new HttpHeaders();
    if (version.matches("[0-9]{1,19}")) {
      headers.setIfMatch("\"" + version + "\"");
    }
    try {
      apis.command()
          .post("/api/{type}/{caseId}/{step}", body, headers, collection.path(), caseId, operation);
      return null;
    } catch (ApiProblem refused) {
      if (refused.status() >= HttpStatus.INTERNAL_SERVER_ERROR.value()) {
        throw refused;
      }
      return refused;
    }
  }

  /**
   * The step the user may correct: the latest in effect, for a user who records the case type's
   * steps, where the case type has corrections.
   */
  private StepInEffect correctable(CaseCollection collection, StepInEffect latest) {
    boolean mayRecord =
        SecurityContextHolder.getContext().getAuthentication() != null
            && SecurityContextHolder.getContext().getAuthentication().getPrincipal()
                instanceof RegistryUser user
            && collection.recordableBy(user);
    return latest != null && mayRecord && forms.retraction(collection.path()).isPresent()
        ? latest
        : null;
  }

  /**
   * What the case's state allows ({@code nextSteps}); a type without states (a day of service
   * contacts) allows every step it has.
   */
  private List<Step> steps(CaseCollection collection, JsonNode answer) {
    List<String> names = new ArrayList<>();
    if (answer.has("nextSteps")) {
      answer.path("nextSteps").forEach(step -> names.add(step.asText()));
    } else {
      names.addAll(forms.steps(collection.path()));
    }
    return names.stream()
        .map(
            name ->
                new Step(
                    name,
                    forms
                        .form(CaseSteps.path(collection, name))
                        .map(form -> forms.title(form, name))
                        .orElse(name)))
        .toList();
  }
}
