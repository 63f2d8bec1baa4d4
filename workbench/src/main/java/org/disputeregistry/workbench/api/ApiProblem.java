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
  private final transient JsonNode document;

  ApiProblem(int status, String code, String detail, List<FieldProblem> errors, JsonNode document) {
    super("HTTP " + status + " " + code);
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = List.copyOf(errors);
    this.document = document;
  }

  /** The problem of an answer with {@code status} and its body ({@code null} if not JSON). */
  public static ApiProblem of(int status, JsonNode problem) {
    if (problem == null || !problem.isObject()) {
      return new ApiProblem(status, "HTTP_" + status, "", List.of(), null);
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
        errors,
        problem);
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

  /**
   * A member of the problem details beyond the standard ones (a back-fill's {@code line} and {@code
   * loaded}, ...): missing if the answer had none.
   */
  public JsonNode member(String name) {
    return document == null
        ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
        : document.path(name);
  }
}
