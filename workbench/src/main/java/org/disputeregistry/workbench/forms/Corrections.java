package org.disputeregistry.workbench.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disputeregistry.workbench.forms.FieldSpec.Kind;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The forms of a correction of a recorded step. An amendment's {@code amended} is, in the document,
 * one of the case type's step bodies chosen by its name in {@code step}; here it is the group of
 * that one step's fields, prefilled with the values the step was recorded with. The step's name and
 * id are not the user's to type: they are added to the body, as the retracted step's id is.
 */
final class Corrections {

  /** The amendment's field holding the step as it should have been. */
  static final String AMENDED = "amended";

  /** The retraction's field naming the step it retracts. */
  static final String RETRACTED_STEP_ID = "retractedStepId";

  private static final String STEP = "step";
  private static final String STEP_ID = "stepId";

  private Corrections() {}

  /** The amendment's own fields with {@code amended} made the group of the step's typed fields. */
  static FormSpec amendment(FormSpec amendment, FormSpec step) {
    List<FieldSpec> stepFields =
        step.fields().stream().filter(f -> f.kind() != Kind.GENERATED_ID).toList();
    List<FieldSpec> fields = new ArrayList<>();
    for (FieldSpec field : amendment.fields()) {
      fields.add(
          AMENDED.equals(field.name())
              ? new FieldSpec(
                  AMENDED, Kind.GROUP, true, null, null, null, "", Map.of(), stepFields, null, 0)
              : field);
    }
    return new FormSpec(amendment.path(), step.title(), List.copyOf(fields));
  }

  /** The retraction's fields but the retracted step's id, which the page knows. */
  static FormSpec retraction(FormSpec retraction) {
    return new FormSpec(
        retraction.path(),
        retraction.title(),
        retraction.fields().stream().filter(f -> !RETRACTED_STEP_ID.equals(f.name())).toList());
  }

  static ObjectNode amendmentBody(
      FormSpec form, FormValues values, String step, String amendedStepId) {
    ObjectNode body = JsonBodies.body(form, values);
    ObjectNode amended = body.withObjectProperty(AMENDED);
    amended.put(STEP, step);
    amended.put(STEP_ID, amendedStepId);
    return body;
  }

  static ObjectNode retractionBody(FormSpec form, FormValues values, String retractedStepId) {
    ObjectNode body = JsonBodies.body(form, values);
    body.put(RETRACTED_STEP_ID, retractedStepId);
    return body;
  }

  /**
   * The inputs of {@code fields} under {@code prefix} as a recorded object has their values: an
   * event's fields carry the names of the step's request ({@code decidedOn}, {@code outcome}), a
   * group's members and rows as the engine names their inputs.
   */
  static FormValues prefill(List<FieldSpec> fields, String prefix, JsonNode recorded) {
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
    put(fields, prefix, recorded, values);
    return FormValues.of(values);
  }

  private static void put(
      List<FieldSpec> fields, String prefix, JsonNode object, MultiValueMap<String, String> into) {
    for (FieldSpec field : fields) {
      put(field, prefix + field.name(), object.path(field.name()), into);
    }
  }

  private static void put(
      FieldSpec field, String name, JsonNode value, MultiValueMap<String, String> into) {
    if (value.isNull() || value.isMissingNode()) {
      return;
    }
    switch (field.kind()) {
      case GROUP -> put(field.members(), name + ".", value, into);
      case ROWS -> {
        for (int index = 0; index < value.size(); index++) {
          put(field.item(), name + "[" + index + "]", value.get(index), into);
        }
      }
      default -> {
        if (value.isValueNode()) {
          into.set(name, value.isNumber() ? value.decimalValue().toPlainString() : value.asText());
        }
      }
    }
  }
}
