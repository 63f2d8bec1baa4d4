package org.disputeregistry.workbench.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.api.FieldProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * The engine as the pages use it: the form of an operation of the command API, its view with the
 * user's values and the API's problems, and the JSON body to send.
 */
@Component
public class Forms {

  private final ApiDocument document;
  private final FieldViews fields;
  private final MessageSource messages;

  Forms(ApiDocument document, FieldViews fields, MessageSource messages) {
    this.document = document;
    this.fields = fields;
    this.messages = messages;
  }

  /** The form of {@code POST path} ({@code /api/petitions/{caseId}/acceptance}), if any. */
  public Optional<FormSpec> form(String path) {
    return document.form(path);
  }

  /** The steps the document has for a collection, in its order. */
  public List<String> steps(String collection) {
    return document.steps(collection);
  }

  /**
   * The label in the user's language of a code of the API's field {@code field} ({@code
   * disputeType}, {@code TRADE}), as the API's description has it; empty if it has none.
   */
  public Optional<String> codeLabel(String field, String code) {
    Map<String, String> label = document.codeLabel(field, code);
    return Optional.ofNullable(label.get(LocaleContextHolder.getLocale().getLanguage()));
  }

  /** The label of a code of whichever coded field has it ({@code LEGAL_SERVICE}). */
  public Optional<String> anyCodeLabel(String code) {
    Map<String, String> label = document.anyCodeLabel(code);
    return Optional.ofNullable(label.get(LocaleContextHolder.getLocale().getLanguage()));
  }

  /** The operation's title in the user's language, else {@code fallback}. */
  public String title(FormSpec form, String fallback) {
    String title = form.title().get(LocaleContextHolder.getLocale().getLanguage());
    return title == null || title.isBlank() ? fallback : title;
  }

  /** The values with the generated ids ({@code caseId}, {@code stepId}) chosen if not yet sent. */
  public FormValues withIds(FormSpec form, FormValues values) {
    FormValues withIds = values;
    for (FieldSpec field : form.fields()) {
      if (field.kind() == FieldSpec.Kind.GENERATED_ID && values.value(field.name()).isBlank()) {
        withIds = withIds.with(field.name(), UUID.randomUUID().toString());
      }
    }
    return withIds;
  }

  public JsonNode body(FormSpec form, FormValues values) {
    return JsonBodies.body(form, values);
  }

  /**
   * The form of {@code POST /api/<collection>/{caseId}/amendment} amending a {@code step}: the
   * amendment's fields with the step's own in the group {@code amended}; empty if the collection
   * has no amendment or no such step.
   */
  public Optional<FormSpec> amendment(String collection, String step) {
    return form("/api/" + collection + "/{caseId}/amendment")
        .flatMap(
            amendment ->
                form("/api/" + collection + "/{caseId}/" + step)
                    .map(stepForm -> Corrections.amendment(amendment, stepForm)));
  }

  /** The form of {@code POST /api/<collection>/{caseId}/retraction} without the step's id. */
  public Optional<FormSpec> retraction(String collection) {
    return form("/api/" + collection + "/{caseId}/retraction").map(Corrections::retraction);
  }

  /** The amended step's inputs as {@code recorded} (the step's event's fields) has them. */
  public FormValues amendedAsRecorded(FormSpec amendment, JsonNode recorded) {
    List<FieldSpec> amended =
        amendment.fields().stream()
            .filter(f -> Corrections.AMENDED.equals(f.name()))
            .findFirst()
            .map(FieldSpec::members)
            .orElse(List.of());
    return Corrections.prefill(amended, Corrections.AMENDED + ".", recorded);
  }

  /** An amendment's body: the form's, with the amended step's name and id. */
  public JsonNode amendmentBody(
      FormSpec form, FormValues values, String step, String amendedStepId) {
    return Corrections.amendmentBody(form, values, step, amendedStepId);
  }

  /** A retraction's body: the form's, with the retracted step's id. */
  public JsonNode retractionBody(FormSpec form, FormValues values, String retractedStepId) {
    return Corrections.retractionBody(form, values, retractedStepId);
  }

  /**
   * The form to show: {@code values} as typed, with the problems of the API's answer (null if none)
   * next to the fields they name.
   */
  public FormView view(
      String id,
      String action,
      String title,
      FormSpec form,
      FormValues values,
      ApiProblem problem,
      Map<String, String> hidden) {
    Locale locale = LocaleContextHolder.getLocale();
    Map<String, Object> byField = new LinkedHashMap<>();
    names(form.fields(), "", byField);
    BindingResult errors = new MapBindingResult(byField, "form");
    if (problem != null) {
      FieldProblems.bind(problem, errors);
    }
    Map<String, String> allHidden = new LinkedHashMap<>(hidden);
    List<FormView.FieldView> views = new ArrayList<>();
    List<String> global = new ArrayList<>();
    errors.getGlobalErrors().forEach(e -> global.add(messages.getMessage(e, locale)));
    Function<String, List<String>> messagesOf =
        name ->
            byField.containsKey(name)
                ? errors.getFieldErrors(name).stream()
                    .map(e -> messages.getMessage(e, locale))
                    .toList()
                : List.of();
    for (FieldSpec field : form.fields()) {
      List<String> own = messagesOf.apply(field.name());
      if (field.kind() == FieldSpec.Kind.GENERATED_ID) {
        allHidden.put(field.name(), values.value(field.name()));
        global.addAll(own); // a hidden input cannot show its message: the form does
      } else {
        views.add(fields.view(field, field.name(), form.fields(), values, messagesOf));
      }
    }
    return new FormView(id, action, title, allHidden, List.copyOf(views), List.copyOf(global));
  }

  /** The names a problem may give a field: each field's, and a group's members' ({@code a.b}). */
  private static void names(List<FieldSpec> fields, String prefix, Map<String, Object> into) {
    for (FieldSpec field : fields) {
      into.put(prefix + field.name(), prefix + field.name());
      if (field.kind() == FieldSpec.Kind.GROUP) {
        names(field.members(), prefix + field.name() + ".", into);
      }
    }
  }
}
