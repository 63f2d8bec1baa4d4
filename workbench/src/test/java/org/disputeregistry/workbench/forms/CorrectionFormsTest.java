package org.disputeregistry.workbench.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.forms.FieldSpec.Kind;
import org.disputeregistry.workbench.forms.FormView.FieldView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/**
 * The forms of a correction on a document of the command API's shape: an amendment is the step's
 * own form, in the group {@code amended}, prefilled from the step's event as recorded, and sent
 * with the step's name and id; a retraction is sent with the retracted step's id; an amended
 * field's problem ({@code amended.outcome}) is shown next to that field.
 */
class CorrectionFormsTest {

  private static final String DOCUMENT =
      """
      {"openapi":"3.1.0","paths":{
        "/api/cases/{caseId}/agreement":{"post":{"x-labels":{"zh":"调解协议","en":"Agreement"},
          "requestBody":{"content":{"application/json":{"schema":
          {"$ref":"#/components/schemas/AgreementRequest"}}}}}},
        "/api/cases/{caseId}/amendment":{"post":{"requestBody":{"content":{"application/json":
          {"schema":{"$ref":"#/components/schemas/AmendStepRequest"}}}}}},
        "/api/cases/{caseId}/retraction":{"post":{"requestBody":{"content":{"application/json":
          {"schema":{"$ref":"#/components/schemas/RetractStepRequest"}}}}}}},
       "components":{"schemas":{
        "AgreementRequest":{"type":"object","required":["stepId","signedOn","outcome"],
         "properties":{
          "stepId":{"type":"string","format":"uuid"},
          "signedOn":{"type":"string","format":"date"},
          "outcome":{"type":"string","enum":["UPHELD","REVOKED"]},
          "amount":{"$ref":"#/components/schemas/Money"},
          "parties":{"type":"array","items":{"type":"string","enum":["DOMESTIC","FOREIGN"]}},
          "sessions":{"type":"integer"},
          "confirmed":{"type":"boolean"}}},
        "Money":{"type":"object","properties":{
          "amount":{"type":"number"},"currency":{"type":"string"}}},
        "AmendStepRequest":{"type":"object",
         "required":["stepId","approvedOn","reason","approvedBy","amended"],"properties":{
          "stepId":{"type":"string","format":"uuid"},
          "approvedOn":{"type":"string","format":"date"},
          "reason":{"type":"string","maxLength":500},
          "approvedBy":{"type":"string","maxLength":200},
          "amended":{"description":"The step as it should have been","oneOf":[{"allOf":[
            {"$ref":"#/components/schemas/AgreementRequest"},
            {"type":"object","required":["step"],"properties":{"step":{"type":"string",
             "enum":["agreement"]}}}]}]}}},
        "RetractStepRequest":{"type":"object",
         "required":["stepId","retractedStepId","approvedOn","reason","approvedBy"],"properties":{
          "stepId":{"type":"string","format":"uuid"},
          "retractedStepId":{"type":"string","format":"uuid"},
          "approvedOn":{"type":"string","format":"date"},
          "reason":{"type":"string","maxLength":500},
          "approvedBy":{"type":"string","maxLength":200}}}}}}
      """;

  /** The agreement's event as the timeline has it: the request's fields and the event's own. */
  private static final String RECORDED =
      """
      {"caseId":"11111111-1111-4111-8111-111111111111",
       "stepId":"22222222-2222-4222-8222-222222222222","signedOn":"2024-05-10","outcome":"UPHELD",
       "amount":{"amount":1250000.50,"currency":"CNY"},"parties":["DOMESTIC","FOREIGN"],
       "sessions":3,"confirmed":true,"closedOn":"2024-05-10"}
      """;

  private final ObjectMapper json = new ObjectMapper();
  private final SchemaReader reader;
  private final StaticMessageSource messages = new StaticMessageSource();
  private final Forms forms = new Forms(null, new FieldViews(messages), messages);

  CorrectionFormsTest() throws Exception {
    reader = new SchemaReader(json.readTree(DOCUMENT));
  }

  @BeforeEach
  void chinese() {
    LocaleContextHolder.setLocale(Locale.CHINESE);
    messages.addMessage("problem.INVALID_VALUE", Locale.CHINESE, "取值无效。");
  }

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  private FormSpec amendment() {
    return Corrections.amendment(
        reader.form("/api/cases/{caseId}/amendment").orElseThrow(),
        reader.form("/api/cases/{caseId}/agreement").orElseThrow());
  }

  @Test
  void anAmendmentIsTheStepsOwnFormInTheGroupAmended() {
    FormSpec form = amendment();

    assertThat(form.title()).containsEntry("zh", "调解协议");
    assertThat(form.fields())
        .extracting(FieldSpec::name)
        .containsExactly("stepId", "approvedOn", "reason", "approvedBy", "amended");
    FieldSpec amended = form.fields().get(4);
    assertThat(amended.kind()).isEqualTo(Kind.GROUP);
    // the amended step's id is the recorded step's, not a new one: not among the inputs
    assertThat(amended.members())
        .extracting(FieldSpec::name)
        .containsExactly("signedOn", "outcome", "amount", "parties", "sessions", "confirmed");
    assertThat(amended.members().get(1).kind()).isEqualTo(Kind.CHOICE);
  }

  @Test
  void theStepsInputsArePrefilledWithWhatItsEventRecorded() throws Exception {
    FormValues values = forms.amendedAsRecorded(amendment(), json.readTree(RECORDED));

    assertThat(values.value("amended.signedOn")).isEqualTo("2024-05-10");
    assertThat(values.value("amended.outcome")).isEqualTo("UPHELD");
    assertThat(values.value("amended.amount.amount")).isEqualTo("1250000.5");
    assertThat(values.value("amended.amount.currency")).isEqualTo("CNY");
    assertThat(values.value("amended.parties[0]")).isEqualTo("DOMESTIC");
    assertThat(values.value("amended.parties[1]")).isEqualTo("FOREIGN");
    assertThat(values.value("amended.sessions")).isEqualTo("3");
    assertThat(values.value("amended.confirmed")).isEqualTo("true");
    // the event's own fields are no inputs of the step
    assertThat(values.sent("amended.closedOn")).isFalse();
    assertThat(values.sent("amended.caseId")).isFalse();
    assertThat(values.sent("amended.stepId")).isFalse();
    assertThat(values.sent("reason")).isFalse();
  }

  @Test
  void theAmendmentIsSentWithTheStepsNameAndIdInAmended() throws Exception {
    FormSpec form = amendment();
    FormValues recorded = forms.amendedAsRecorded(form, json.readTree(RECORDED));
    FormValues typed =
        FormValues.of(
            Map.of(
                "stepId", List.of("33333333-3333-4333-8333-333333333333"),
                "approvedOn", List.of("2024-05-20"),
                "reason", List.of("录入错误"),
                "approvedBy", List.of("officer.wang"),
                "amended.signedOn", List.of(recorded.value("amended.signedOn")),
                "amended.outcome", List.of("REVOKED"),
                "amended.sessions", List.of(recorded.value("amended.sessions")),
                "amended.amount.amount", List.of(recorded.value("amended.amount.amount")),
                "amended.amount.currency", List.of("CNY")));

    JsonNode body =
        forms.amendmentBody(form, typed, "agreement", "22222222-2222-4222-8222-222222222222");

    // compared as text: a BigDecimal's node and a double's are not equal nodes
    assertThat(body.toString())
        .isEqualTo(
            json.readTree(
                    """
                {"stepId":"33333333-3333-4333-8333-333333333333","approvedOn":"2024-05-20",
                 "reason":"录入错误","approvedBy":"officer.wang",
                 "amended":{"signedOn":"2024-05-10","outcome":"REVOKED",
                  "amount":{"amount":1250000.5,"currency":"CNY"},"sessions":3,
                  "step":"agreement","stepId":"22222222-2222-4222-8222-222222222222"}}
                """)
                .toString());
  }

  @Test
  void aRetractionIsSentWithTheRetractedStepsIdWhichIsNoInput() throws Exception {
    FormSpec form =
        Corrections.retraction(reader.form("/api/cases/{caseId}/retraction").orElseThrow());
    assertThat(form.fields())
        .extracting(FieldSpec::name)
        .containsExactly("stepId", "approvedOn", "reason", "approvedBy");

    JsonNode body =
        forms.retractionBody(
            form,
            FormValues.of(
                Map.of(
                    "stepId", List.of("33333333-3333-4333-8333-333333333333"),
                    "approvedOn", List.of("2024-05-20"),
                    "reason", List.of("误录入"),
                    "approvedBy", List.of("officer.wang"))),
            "22222222-2222-4222-8222-222222222222");

    assertThat(body)
        .isEqualTo(
            json.readTree(
                """
                {"stepId":"33333333-3333-4333-8333-333333333333","approvedOn":"2024-05-20",
                 "reason":"误录入","approvedBy":"officer.wang",
                 "retractedStepId":"22222222-2222-4222-8222-222222222222"}
                """));
  }

  @Test
  void anAmendedFieldsProblemIsShownNextToThatField() throws Exception {
    ApiProblem problem =
        ApiProblem.of(
            400,
            json.readTree(
                """
                {"code":"INVALID_VALUE","detail":"bad","errors":[
                 {"field":"amended.outcome","code":"INVALID_VALUE","message":"not an outcome"}]}
                """));

    FormView view = forms.view("f", "/x", "t", amendment(), FormValues.empty(), problem, Map.of());

    FieldView amended = view.fields().get(view.fields().size() - 1);
    assertThat(amended.errors()).isEmpty();
    FieldView outcome = amended.members().get(1);
    assertThat(outcome.name()).isEqualTo("amended.outcome");
    assertThat(outcome.id()).isEqualTo("amended-outcome");
    assertThat(outcome.errors()).containsExactly("取值无效。");
    assertThat(view.errors()).isEmpty();
  }
}
