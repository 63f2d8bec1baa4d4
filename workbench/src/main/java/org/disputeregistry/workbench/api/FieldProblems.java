package org.disputeregistry.workbench.api;

import org.disputeregistry.workbench.api.ApiProblem.FieldProblem;
import org.springframework.validation.BindingResult;

/**
 * Puts the problem details of an API's answer on the form that was sent, so that each message is
 * shown next to the field it names: {@code errors[].field} is the request's JSON path, and the form
 * field of the same name (a list's element, {@code applicants[0]}, on the list's field) gets it. A
 * problem that names no field of the form is the form's own error. The message is the code's own in
 * the user's language ({@code problem.<CODE>} in the messages), else the API's text.
 */
public final class FieldProblems {

  /** The message key of a problem code. */
  public static final String PREFIX = "problem.";

  private FieldProblems() {}

  public static void bind(ApiProblem problem, BindingResult form) {
    for (FieldProblem error : problem.errors()) {
      String field = formField(error.field(), form);
      String code = PREFIX + (error.code().isEmpty() ? problem.code() : error.code());
      String message = error.message().isEmpty() ? problem.detail() : error.message();
      if (!field.isEmpty()) {
        form.rejectValue(field, code, message);
      } else {
        form.reject(code, message);
      }
    }
    if (problem.errors().isEmpty()) {
      form.reject(PREFIX + problem.code(), problem.detail());
    }
  }

  /**
   * The form's field a JSON path names: the longest of its object paths the form has ({@code
   * amended.outcome} where the form has a group's member of that name, else {@code amended}); a
   * list's element ({@code applicants[0]}, {@code $.applicants[0].kind}) is the list's field. Empty
   * if the form has none.
   */
  static String formField(String jsonPath, BindingResult form) {
    String path = jsonPath.startsWith("$.") ? jsonPath.substring(2) : jsonPath;
    int row = path.indexOf('[');
    String candidate = row < 0 ? path : path.substring(0, row);
    while (!candidate.isEmpty()) {
      if (form.getFieldType(candidate) != null) {
        return candidate;
      }
      int dot = candidate.lastIndexOf('.');
      candidate = dot < 0 ? "" : candidate.substring(0, dot);
    }
    return "";
  }
}
