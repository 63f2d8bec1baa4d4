package org.disputeregistry.web;

import org.springframework.http.ProblemDetail;
import org.springframework.lang.Nullable;

/**
 * One thing wrong with a request body, as both the HTTP answer and a back-fill report give it.
 *
 * @param field the JSON path of the field at fault, null when the body as a whole is
 */
public record RequestError(ProblemCode code, @Nullable String field, String message) {

  /** The problem-details answer: the code's status, and the field in {@code errors[]} if known. */
  public ProblemDetail toProblem() {
    return field == null ? Problems.of(code, message) : Problems.ofField(code, field, message);
  }
}
