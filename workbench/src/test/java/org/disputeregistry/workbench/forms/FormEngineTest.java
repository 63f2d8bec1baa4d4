package org.disputeregistry.workbench.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.disputeregistry.workbench.forms.FieldSpec.Kind;
import org.junit.jupiter.api.Test;

/**
 * The engine on a document of the command API's shape (OpenAPI 3.1 as springdoc writes it): each
 * kind of field read from its schema, and the JSON body typed by it from what a user typed.
 */
class FormEngineTest {

  private static final String DOCUMENT =
      """
      {"openapi":"3.1.0","paths":{
        "/api/cases":{"post":{"requestBody":{"content":{"application/json":{"schema":
          {"$ref":"#/components/schemas/OpenRequest"}}}}}},
        "/api/cases/{caseId}/acceptance":{"post":{"x-labels":{"zh":"受理","en":"Accept"},
          "requestBody":{"content":{"application/json":{"schema":
          {"$ref":"#/components/schemas/AcceptRequest"}}}}}},
        "/api/cases/{caseId}/timeline":{"get":{}},
        "/api/other/{caseId}/step":{"post":{}}},
       "components":{"schemas":{
        "OpenRequest":{"type":"object","required":["caseId","receivedOn","parties","amount"],
         "properties":{
          "caseId":{"type":"string","format":"uuid"},
          "caseNumber":{"type":"string","maxLength":64},
          "receivedOn":{"type":"string","format":"date","description":"The day"},
          "street":{"type":"string","x-labels":{"A":{"zh":"甲街道","en":"A street"}}},
          "community":{"type":"string","x-labels":{
            "A1":{"zh":"甲一","en":"A one","street":"A"},"B1":{"zh":"乙一","en":"B one","street":"B"}}},
          "parties":{"type":"array","minItems":2,"items":{"type":"string","enum":["DOMESTIC","FOREIGN"],
            "x-labels":{"DOMESTIC":{"zh":"境内","en":"Domestic"},"FOREIGN":{"zh":"境外","en":"Foreign"}}}},
          "amount":{"$ref":"#/components/schemas/Money","description":"The amount"},
          "contacts":{"type":"array","items":{"$ref":"#/components/schemas/Contact"}},
          "persons":{"type":"integer","minimum":1,"maximum":10000},
          "group":{"type":"boolean"},
          "note":{"type":"string","maxLength":500}}},
        "Money":{"type":"object","required":["amount","currency"],"properties":{
          "amount":{"type":"number","minimum":0},"currency":{"type":"string"}}},
        "Contact":{"type":"object","properties":{
          "kind":{"type":"string","enum":["LEGAL","OTHER"]},"persons":{"type":"integer"}}},
        "AcceptRequest":{"type":"object","required":["stepId","deemed"],"properties":{
          "stepId":{"type":"string","format":"uuid"},"deemed":{"type":"boolean"}}}}}}
      """;

  private final SchemaReader reader;

  FormEngineTest() throws Exception {
    reader = new SchemaReader(new ObjectMapper().readTree(DOCUMENT));
  }

  @Test
  void eachFieldGetsTheInputItsSchemaSays() {
    FormSpec form = reader.form("/api/cases").orElseThrow();
    Map<String, FieldSpec> fields = byName(form.fields());
    assertThat(fields.get("caseId").kind()).isEqualTo(Kind.GENERATED_ID);
    assertThat(fields.get("caseNumber").kind()).isEqualTo(Kind.TEXT);
    assertThat(fields.get("caseNumber").maxLength()).isEqualTo(64);
    assertThat(fields.get("receivedOn").kind()).isEqualTo(Kind.DATE);
    assertThat(fields.get("receivedOn").required()).isTrue();
    assertThat(fields.get("receivedOn").description()).isEqualTo("The day");
    assertThat(fields.get("street").kind()).isEqualTo(Kind.CHOICE);
    assertThat(fields.get("community").choices().get("B1")).containsEntry("street", "B");
    FieldSpec parties = fields.get("parties");
    assertThat(parties.kind()).isEqualTo(Kind.ROWS);
    assertThat(parties.minItems()).isEqualTo(2);
    assertThat(parties.item().kind()).isEqualTo(Kind.CHOICE);
    assertThat(parties.item().choices().get("FOREIGN")).containsEntry("zh", "境外");
    FieldSpec amount = fields.get("amount");
    assertThat(amount.kind()).isEqualTo(Kind.GROUP);
    assertThat(amount.description()).isEqualTo("The amount");
    assertThat(byName(amount.members()).get("amount").kind()).isEqualTo(Kind.NUMBER);
    assertThat(byName(amount.members()).get("currency").required()).isTrue();
    assertThat(fields.get("contacts").item().kind()).isEqualTo(Kind.GROUP);
    assertThat(fields.get("persons").kind()).isEqualTo(Kind.INTEGER);
    assertThat(fields.get("persons").maximum()).isEqualByComparingTo("10000");
    assertThat(fields.get("group").kind()).isEqualTo(Kind.BOOLEAN);
    assertThat(fields.get("note").kind()).isEqualTo(Kind.LONG_TEXT);
  }

  @Test
  void aStepHasItsTitleAndTheCollectionListsItsSteps() {
    assertThat(reader.form("/api/cases/{caseId}/acceptance").orElseThrow().title())
        .containsEntry("zh", "受理")
        .containsEntry("en", "Accept");
    assertThat(reader.steps("cases")).containsExactly("acceptance");
    assertThat(reader.form("/api/none")).isEmpty();
  }

  @Test
  void theBodyIsTypedAsTheSchemaSaysAndLeavesOutWhatIsEmpty() {
    FormSpec form = reader.form("/api/cases").orElseThrow();
    FormValues values =
        FormValues.of(
            Map.ofEntries(
                Map.entry("caseId", List.of("3f2b8c1e-6d4a-4b7e-9c1a-0e5d2f7a9b10")),
                Map.entry("caseNumber", List.of("  光明复〔2024〕1号 ")),
                Map.entry("receivedOn", List.of("2024-03-14")),
                Map.entry("street", List.of("")),
                Map.entry("parties[0]", List.of("DOMESTIC")),
                Map.entry("parties[1]", List.of("")),
                Map.entry("parties[2]", List.of("FOREIGN")),
                Map.entry("amount.amount", List.of("1250000.50")),
                Map.entry("amount.currency", List.of("CNY")),
                Map.entry("contacts[0].kind", List.of("")),
                Map.entry("persons", List.of("12x"))));
    JsonNode body = JsonBodies.body(form, values);
    assertThat(body.toString())
        .isEqualTo(
            "{\"caseId\":\"3f2b8c1e-6d4a-4b7e-9c1a-0e5d2f7a9b10\",\"caseNumber\":\"光明复〔2024〕1号\","
                + "\"receivedOn\":\"2024-03-14\",\"parties\":[\"DOMESTIC\",\"FOREIGN\"],"
                + "\"amount\":{\"amount\":1250000.50,\"currency\":\"CNY\"},\"persons\":\"12x\"}");
  }

  @Test
  void numbersAndBooleansAreJsonNumbersAndBooleans() {
    FormSpec open = reader.form("/api/cases").orElseThrow();
    JsonNode body =
        JsonBodies.body(
            open,
            FormValues.of(
                Map.of(
                    "persons", List.of("12"),
                    "group", List.of("true"),
                    "contacts[4].persons", List.of("3"))));
    assertThat(body.path("persons").isIntegralNumber()).isTrue();
    assertThat(body.path("group").booleanValue()).isTrue();
    assertThat(body.path("contacts").toString()).isEqualTo("[{\"persons\":3}]");
    // an unticked box: false where the field is required, else left out
    FormSpec accept = reader.form("/api/cases/{caseId}/acceptance").orElseThrow();
    assertThat(JsonBodies.body(accept, FormValues.empty()).toString())
        .isEqualTo("{\"deemed\":false}");
    assertThat(JsonBodies.body(open, FormValues.empty()).has("group")).isFalse();
  }

  @Test
  void rowsAreReadOnlyUpToTheApisBound() {
    FormValues values =
        FormValues.of(
            Map.of(
                "parties[3]", List.of("A"),
                "parties[999]", List.of("B"),
                "parties[1000]", List.of("C"),
                "parties[2147483648]", List.of("D"),
                "parties[x]", List.of("E"),
                "parties[", List.of("F")));
    assertThat(values.rows("parties")).containsExactly(3, 999);
  }

  private static Map<String, FieldSpec> byName(List<FieldSpec> fields) {
    return fields.stream()
        .collect(java.util.stream.Collectors.toMap(FieldSpec::name, field -> field));
  }
}
