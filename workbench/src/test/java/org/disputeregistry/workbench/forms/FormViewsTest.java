package org.disputeregistry.workbench.forms;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The view of a form: the API's problems next to the fields they name (a hidden id's on the form),
 * the user's input kept, a community's choices those of the chosen street, rows as the list needs.
 */
class FormViewsTest {

  private static final Map<String, Map<String, String>> NONE = Map.of();

  private final StaticMessageSource messages = new StaticMessageSource();
  private final Forms forms = new Forms(null, new FieldViews(messages), messages);

  private final FormSpec form =
      new FormSpec(
          "/api/cases",
          Map.of(),
          List.of(
              field("caseId", Kind.GENERATED_ID, NONE, null),
              field("receivedOn", Kind.DATE, NONE, null),
              field(
                  "street", Kind.CHOICE, Map.of("A", Map.of("zh", "甲街道", "en", "A street")), null),
              field(
                  "community",
                  Kind.CHOICE,
                  Map.of(
                      "A1", Map.of("zh", "甲一", "street", "A"),
                      "B1", Map.of("zh", "乙一", "street", "B")),
                  null),
              new FieldSpec(
                  "parties",
                  Kind.ROWS,
                  true,
                  null,
                  null,
                  null,
                  "",
                  NONE,
                  List.of(),
                  field("parties", Kind.CHOICE, NONE, null),
                  2)));

  @BeforeEach
  void chinese() {
    LocaleContextHolder.setLocale(Locale.CHINESE);
    messages.addMessage("problem.DATE_IN_FUTURE", Locale.CHINESE, "日期不能晚于今天。");
    messages.addMessage("field.receivedOn", Locale.CHINESE, "收到申请日期");
  }

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void eachProblemIsShownNextToTheFieldItNamesAndTheInputIsKept() throws Exception {
    ApiProblem problem =
        ApiProblem.of(
            400,
            new ObjectMapper()
                .readTree(
                    """
                    {"code":"INVALID_REQUEST","detail":"several","errors":[
                     {"field":"receivedOn","code":"DATE_IN_FUTURE","message":"receivedOn is after today"},
                     {"field":"parties[1]","code":"INVALID_VALUE","message":"parties[1] is not a code"},
                     {"field":"caseId","code":"CASE_ID_TAKEN","message":"caseId is taken"},
                     {"field":"","code":"FORBIDDEN","message":"not for you"}]}
                    """));
    FormValues values =
        FormValues.of(
            Map.of(
                "caseId", List.of("id-1"),
                "receivedOn", List.of("2999-01-01"),
                "street", List.of("A"),
                "community", List.of("A1"),
                "parties[0]", List.of("X"),
                "parties[1]", List.of("Y")));

    FormView view = forms.view("new-case", "/cases", null, form, values, problem, Map.of());

    Map<String, FieldView> fields = byName(view.fields());
    assertThat(view.hidden()).containsEntry("caseId", "id-1");
    assertThat(fields.get("receivedOn").errors()).containsExactly("日期不能晚于今天。");
    assertThat(fields.get("receivedOn").label()).isEqualTo("收到申请日期");
    assertThat(fields.get("receivedOn").value()).isEqualTo("2999-01-01");
    assertThat(fields.get("parties").errors()).containsExactly("parties[1] is not a code");
    assertThat(fields.get("street").errors()).isEmpty();
    assertThat(view.errors()).containsExactlyInAnyOrder("caseId is taken", "not for you");
  }

  @Test
  void aCommunityOffersTheChosenStreetsCommunitiesAndTheStreetRefreshesThem() {
    FormView view =
        forms.view(
            "f",
            "/cases",
            null,
            form,
            FormValues.of(Map.of("street", List.of("A"), "community", List.of("A1"))),
            null,
            Map.of());
    Map<String, FieldView> fields = byName(view.fields());
    assertThat(fields.get("community").options())
        .containsExactly(new FormView.Option("A1", "甲一", true));
    assertThat(fields.get("street").fills()).isEqualTo("community");
    assertThat(fields.get("street").options())
        .containsExactly(new FormView.Option("A", "甲街道", true));
  }

  @Test
  void aListHasTheRowsItNeedsAndOneMoreOnRequest() {
    FormView fresh = forms.view("f", "/cases", null, form, FormValues.empty(), null, Map.of());
    assertThat(byName(fresh.fields()).get("parties").members())
        .extracting(FieldView::id)
        .containsExactly("parties-0", "parties-1");

    FormValues oneMore =
        FormValues.of(
            Map.of(
                "parties[0]",
                List.of("X"),
                "parties[5]",
                List.of("Y"),
                FormValues.ADD_ROW,
                List.of("parties")));
    assertThat(
            byName(forms.view("f", "/cases", null, form, oneMore, null, Map.of()).fields())
                .get("parties")
                .members())
        .extracting(FieldView::name, FieldView::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("parties[0]", "X"),
            org.assertj.core.groups.Tuple.tuple("parties[5]", "Y"),
            org.assertj.core.groups.Tuple.tuple("parties[6]", ""));
  }

  @Test
  void theGeneratedIdsAreChosenOnceAndKept() {
    FormValues first = forms.withIds(form, FormValues.empty());
    assertThat(first.value("caseId")).hasSize(36);
    assertThat(forms.withIds(form, first).value("caseId")).isEqualTo(first.value("caseId"));
  }

  private static FieldSpec field(
      String name, Kind kind, Map<String, Map<String, String>> choices, FieldSpec item) {
    return new FieldSpec(name, kind, false, null, null, null, "", choices, List.of(), item, 0);
  }

  private static Map<String, FieldView> byName(List<FieldView> fields) {
    return fields.stream()
        .collect(java.util.stream.Collectors.toMap(FieldView::name, field -> field));
  }
}
