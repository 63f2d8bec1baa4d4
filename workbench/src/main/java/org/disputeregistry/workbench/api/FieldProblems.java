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
      String field = formField(error.field());
      String code = PREFIX + (error.code().isEmpty() ? problem.code() : error.code());
      String message = error.message().isEmpty() ? problem.detail() : error.message();
      if (!field.isEmpty() && form.getFieldType(field) != null) {
        form.rejectValue(field, code, message);
      } else {
        form.reject(code, message);
      }
    }
    if (problem.errors().isEmpty()) {
      form.reject(PREFIX + problem.code(), problem.detail());
    }
  }

  /** {@code applicants[0]} and {@code $.applicants[0].kind} are the form's {@code applicants}. */
  static String formField(String jsonPath) {
    String path = jsonPath.startsWith("$.") ? jsonPath.substring(2) : jsonPath;
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '[' || path.charAt(i) == '.') {
        end = i;
        break;
      }
    }
    return path.substring(0, end);
  }
}
