package org.disputeregistry.workbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

class FieldProblemsTest {

  /** A form as the pages have them: a bean with the request's field names. */
  public static class Form {
    private String receivedOn = "";
    private String applicants = "";

    public String getReceivedOn() {
      return receivedOn;
    }

    public void setReceivedOn(String receivedOn) {
      this.receivedOn = receivedOn;
    }

    public String getApplicants() {
      return applicants;
    }

    public void setApplicants(String applicants) {
      this.applicants = applicants;
    }
  }

  private final ObjectMapper json = new ObjectMapper();

  private ApiProblem problem(int status, String body) throws Exception {
    return ApiProblem.of(status, json.readTree(body));
  }

  @Test
  void eachFieldTheProblemNamesGetsItsMessageWithTheCodesKey() throws Exception {
    ApiProblem problem =
        problem(
            400,
            """
            {"type":"urn:dispute-registry:problem:invalid_request","status":400,
             "code":"INVALID_REQUEST","detail":"2 fields",
             "errors":[{"field":"receivedOn","code":"DATE_IN_FUTURE","message":"after today"},
                       {"field":"applicants[0]","code":"INVALID_VALUE","message":"not a kind"}]}
            """);
    BindingResult form = new BeanPropertyBindingResult(new Form(), "form");

    FieldProblems.bind(problem, form);

    assertThat(form.getFieldError("receivedOn").getCodes()).contains("problem.DATE_IN_FUTURE");
    assertThat(form.getFieldError("receivedOn").getDefaultMessage()).isEqualTo("after today");
    assertThat(form.getFieldError("applicants").getCodes()).contains("problem.INVALID_VALUE");
    assertThat(form.getGlobalErrors()).isEmpty();
  }

  @Test
  void aFieldTheFormDoesNotHaveAndAProblemWithoutFieldsAreTheFormsOwn() throws Exception {
    BindingResult form = new BeanPropertyBindingResult(new Form(), "form");

    FieldProblems.bind(
        problem(
            409,
            """
            {"code":"CASE_NUMBER_TAKEN","detail":"taken",
             "errors":[{"field":"caseNumber","code":"CASE_NUMBER_TAKEN","message":"taken"}]}"""),
        form);
    FieldProblems.bind(
        problem(403, "{\"code\":\"WRONG_ORGANISATION\",\"detail\":\"other\"}"), form);
    FieldProblems.bind(ApiProblem.of(502, null), form);

    assertThat(form.getFieldErrors()).isEmpty();
    assertThat(form.getGlobalErrors())
        .extracting(e -> e.getCode())
        .containsExactly(
            "problem.CASE_NUMBER_TAKEN", "problem.WRONG_ORGANISATION", "problem.HTTP_502");
  }

  @Test
  void aJsonPathIsTheLongestFormFieldItNames() {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String name :
        List.of("receivedOn", "applicants", "parties", "amended", "amended.outcome")) {
      fields.put(name, name);
    }
    BindingResult form = new MapBindingResult(fields, "form");
    assertThat(FieldProblems.formField("receivedOn", form)).isEqualTo("receivedOn");
    assertThat(FieldProblems.formField("applicants[3]", form)).isEqualTo("applicants");
    assertThat(FieldProblems.formField("$.parties[0].kind", form)).isEqualTo("parties");
    // an amended step's field is the group's member, a member the form lacks the group
    assertThat(FieldProblems.formField("amended.outcome", form)).isEqualTo("amended.outcome");
    assertThat(FieldProblems.formField("amended.decidedOn", form)).isEqualTo("amended");
    assertThat(FieldProblems.formField("other.name", form)).isEmpty();
    assertThat(FieldProblems.formField("", form)).isEmpty();
  }
}
