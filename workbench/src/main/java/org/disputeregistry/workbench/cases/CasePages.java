package org.disputeregistry.workbench.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.disputeregistry.workbench.api.Apis;
import org.disputeregistry.workbench.forms.FormView;
import org.disputeregistry.workbench.forms.Forms;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The case page's model: the case (fields, state, running due dates), a page of its timeline, the
 * steps it may take next, each with its form's title, and the step form the user opened, if any.
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
    model.addAttribute("case", views.of(answer));
    model.addAttribute("type", collection.path());
    model.addAttribute("timeline", timelines.of(timeline, answer.path("street").asText("")));
    model.addAttribute("steps", steps(collection, answer));
    model.addAttribute("stepForm", stepForm);
    return "cases/case";
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
