package org.disputeregistry.workbench.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.disputeregistry.workbench.forms.Forms;
import org.disputeregistry.workbench.reference.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A case as the command side answers it, made readable: each field with its label and its value's
 * label in the user's language (codes of the reference data and of the enums), the running due
 * dates ({@code ...DueOn}) apart. Fields without a value are left out. Whatever fields a case type
 * has, they are shown: the page follows the API. A code is labelled as the contract's labels name
 * it (the case view's own codes, the field's enumeration, else whichever enumeration has the code:
 * an ending's detail such as {@code REVOKED}); the workbench's own wording only for what they do
 * not name.
 */
@Component
class CaseViews {

  /** Shown in the page's heading, not among the fields. */
  private static final Set<String> HEADING =
      Set.of("caseId", "caseNumber", "state", "version", "nextSteps", "deadlines");

  /** A key of a count by code. */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final Labels labels;
  private final MessageSource messages;
  private final Forms forms;

  CaseViews(Labels labels, MessageSource messages, Forms forms) {
    this.labels = labels;
    this.messages = messages;
    this.forms = forms;
  }

  /** One line of the page: the field's name in the API, its label and its value as shown. */
  record Field(String name, String label, String value) {}

  record CaseView(
      String caseId,
      String caseNumber,
      String state,
      String stateLabel,
      long version,
      List<Field> fields,
      List<Field> dueDates) {}

  CaseView of(CaseCollection collection, JsonNode answer) {
    List<Field> fields = new ArrayList<>();
    List<Field> dueDates = new ArrayList<>();
    String type = collection.path();
    for (Field field : fields(type, answer, answer.path("street").asText(""), HEADING)) {
      if (field.name().endsWith("DueOn")) {
        dueDates.add(withArticle(field, answer.path("deadlines")));
      } else {
        fields.add(field);
      }
    }
    String state = answer.path("state").asText("");
    // a day of service contacts has no number: its site and day name it
    String number =
        answer.has("caseNumber")
            ? answer.path("caseNumber").asText("")
            : (answer.path("site").asText("") + " " + answer.path("servedOn").asText("")).strip();
    return new CaseView(
        answer.path("caseId").asText(""),
        number,
        state,
        labels.viewValue(type, "state", state).orElseGet(() -> labels.value("state", state)),
        answer.path("version").asLong(),
        List.copyOf(fields),
        List.copyOf(dueDates));
  }

  /**
   * A running due date with the article its period comes from, as the case's {@code deadlines} name
   * it (each names the field that carries its date); a date no running limit names as is.
   */
  private static Field withArticle(Field dueDate, JsonNode deadlines) {
    for (JsonNode deadline : deadlines) {
      if (dueDate.name().equals(deadline.path("field").asText())
          && !deadline.path("article").asText("").isEmpty()) {
        return new Field(
            dueDate.name(),
            dueDate.label(),
            dueDate.value() + " (" + deadline.path("article").asText() + ")");
      }
    }
    return dueDate;
  }

  /**
   * The members of a JSON object with their labels and their values' labels, but those in {@code
   * skip} and those without a value; {@code street} is the case's, for the labels of communities.
   */
  List<Field> fields(JsonNode object, String street, Set<String> skip) {
    return fields("", object, street, skip);
  }

  /** The same, for a case view of this collection, whose own codes have their own labels. */
  private List<Field> fields(String collection, JsonNode object, String street, Set<String> skip) {
    List<Field> fields = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      String name = entry.getKey();
      JsonNode value = entry.getValue();
      if (skip.contains(name) || value.isNull() || value.isMissingNode()) {
        continue;
      }
      fields.add(
          new Field(name, message("field." + name, name), shown(collection, name, value, street)));
    }
    return fields;
  }

  private String shown(String collection, String name, JsonNode value, String street) {
    if (value.isArray()) {
      List<String> elements = new ArrayList<>();
      value.forEach(element -> elements.add(shown(collection, name, element, street)));
      return String.join(message("list.separator", ", "), elements);
    }
    if (value.isObject()) {
      // an amount ({"amount":..., "currency":...}), a contact ({"kind":..., "persons":...}), a
      // count by code ({"LEGAL_SERVICE": 2}: the code's label with its count)
      List<String> members = new ArrayList<>();
      value.properties().stream()
          .filter(m -> !m.getValue().isNull())
          .forEach(
              m ->
                  members.add(
                      CODE.matcher(m.getKey()).matches()
                          ? forms.anyCodeLabel(m.getKey()).orElse(m.getKey())
                              + " "
                              + shown(collection, m.getKey(), m.getValue(), street)
                          : shown(collection, m.getKey(), m.getValue(), street)));
      return String.join(
          value.size() > 0 && isCount(value) ? message("list.separator", ", ") : " ", members);
    }
    if (value.isBoolean()) {
      return message("value." + value.asBoolean(), value.asText());
    }
    if (!value.isTextual()) {
      return value.toString();
    }
    String text = value.asText();
    return switch (name) {
      case "street" -> labels.street(text);
      case "community" -> labels.community(street, text);
      case "category" -> labels.category(text);
      // the contract's labels first: the view's own codes, the field's enumeration, any
      // enumeration's code (an ending's detail); else the workbench's own wording
      default ->
          labels
              .viewValue(collection, name, text)
              .or(() -> forms.codeLabel(name, text))
              .or(() -> CODE.matcher(text).matches() ? forms.anyCodeLabel(text) : Optional.empty())
              .orElseGet(() -> labels.value("value", text));
    };
  }

  private static boolean isCount(JsonNode object) {
    return CODE.matcher(object.properties().iterator().next().getKey()).matches();
  }

  private String message(String key, String fallback) {
    return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
  }
}
