package org.disputeregistry.workbench.reconsideration;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.disputeregistry.events.reconsideration.AdministrativeActKind;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.api.Apis;
import org.disputeregistry.workbench.api.FieldProblems;
import org.disputeregistry.workbench.reference.Labels;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A new reconsideration case: the form, then {@code POST /api/reconsiderations} as the signed-in
 * officer; the case's page once it is recorded, else the form again with the API's problems.
 */
@Controller
class NewReconsiderationController {

  private final Apis apis;
  private final Labels labels;

  NewReconsiderationController(Apis apis, Labels labels) {
    this.apis = apis;
    this.labels = labels;
  }

  @GetMapping("/reconsiderations/new")
  String form(@ModelAttribute("form") ReconsiderationForm form, Model model) {
    return form(model, form);
  }

  @PostMapping("/reconsiderations")
  String open(@ModelAttribute("form") ReconsiderationForm form, BindingResult errors, Model model) {
    JsonNode answer;
    try {
      answer = apis.command().post("/api/reconsiderations", form.request());
    } catch (ApiProblem problem) {
      if (problem.status() >= HttpStatus.INTERNAL_SERVER_ERROR.value()) {
        throw problem;
      }
      FieldProblems.bind(problem, errors);
      return form(model, form);
    }
    return "redirect:/cases/reconsiderations/" + answer.path("caseId").asText(form.getCaseId());
  }

  private String form(Model model, ReconsiderationForm form) {
    model.addAttribute("channels", labels.choices("value", names(ApplicationChannel.values())));
    model.addAttribute("applicantKinds", labels.choices("value", names(ApplicantKind.values())));
    model.addAttribute("actKinds", labels.choices("value", names(AdministrativeActKind.values())));
    model.addAttribute("streets", labels.streets());
    model.addAttribute("communities", labels.communities(form.getStreet()));
    model.addAttribute("categories", labels.categories());
    return "reconsideration/new";
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
