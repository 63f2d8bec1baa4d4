package org.disputeregistry.workbench.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An error answer of a service: its status and, from its problem details (RFC 9457 with the
 * registry's members), the stable {@code code}, the {@code detail} and the fields at fault.
 */
public final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** One field at fault: its JSON path as the API names it, its code and message. */
  public record FieldProblem(String field, String code, String message) {}

  private final int status;
  private final String code;
  private final String detail;
  private final List<FieldProblem> errors;

  ApiProblem(int status, String code, String detail, List<FieldProblem> errors) {
    super("HTTP " + status + " " + code);
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = List.copyOf(errors);
  }

  /** The problem of an answer with {@code status} and its body ({@code null} if not JSON). */
  public static ApiProblem of(int status, JsonNode problem) {
    if (problem == null || !problem.isObject()) {
      return new ApiProblem(status, "HTTP_" + status, "", List.of());
    }
    List<FieldProblem> errors = new ArrayList<>();
    for (JsonNode error : problem.path("errors")) {
      errors.add(
          new FieldProblem(
              error.path("field").asText(""),
              error.path("code").asText(""),
              error.path("message").asText("")));
    }
    return new ApiProblem(
        status,
        problem.path("code").asText("HTTP_" + status),
        problem.path("detail").asText(""),
        errors);
  }

  public int status() {
    return status;
  }

  /** The registry's stable code ({@code DATE_IN_FUTURE}, ...), or {@code HTTP_<status>}. */
  public String code() {
    return code;
  }

  public String detail() {
    return detail;
  }

  public List<FieldProblem> errors() {
    return errors;
  }
}
