package org.disputeregistry.workbench.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.api.Apis;
import org.disputeregistry.workbench.forms.FormSpec;
import org.disputeregistry.workbench.forms.FormValues;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A new case of any type: the engine's form of {@code POST /api/<cases>}, sent as the signed-in
 * user; the case's page once it is recorded, else the form again with the API's problems. The case
 * id is chosen when the form is first shown and sent with every correction, so that a form sent
 * twice opens one case. Who may open which type: {@code signin.SignInSecurity}, as the API.
 */
@Controller
class NewCaseController {

  private static final String TYPES =
      "{type:reconsiderations|commercial-mediations|petitions|service-contacts}";

  private final Apis apis;
  private final Forms forms;
  private final MessageSource messages;

  NewCaseController(Apis apis, Forms forms, MessageSource messages) {
    this.apis = apis;
    this.forms = forms;
    this.messages = messages;
  }

  @GetMapping("/" + TYPES + "/new")
  String form(@PathVariable String type, Model model) {
    FormSpec form = form(type);
    return show(model, type, form, forms.withIds(form, FormValues.empty()), null);
  }

  @PostMapping("/" + TYPES)
  String open(
      @PathVariable String type,
      @RequestParam MultiValueMap<String, String> parameters,
      Model model) {
    FormSpec form = form(type);
    FormValues values = forms.withIds(form, FormValues.of(parameters));
    if (values.addsRow()) {
      return show(model, type, form, values, null);
    }
    JsonNode answer;
    try {
      answer = apis.command().post("/api/{type}", forms.body(form, values), type);
    } catch (ApiProblem problem) {
      if (problem.status() >= HttpStatus.INTERNAL_SERVER_ERROR.value()) {
        throw problem;
      }
      return show(model, type, form, values, problem);
    }
    return "redirect:/cases/" + type + "/" + answer.path("caseId").asText(values.value("caseId"));
  }

  private FormSpec form(String type) {
    return forms
        .form("/api/" + type)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private String show(
      Model model, String type, FormSpec form, FormValues values, ApiProblem problem) {
    String title =
        messages.getMessage("new." + type + ".title", null, LocaleContextHolder.getLocale());
    model.addAttribute("pageTitle", title);
    model.addAttribute(
        "form", forms.view("new-case", "/" + type, null, form, values, problem, Map.of()));
    return "cases/new";
  }
}
