package org.disputeregistry.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details with the registry's extension members. */
public final class Problems {

  private Problems() {}

  /** A problem with a stable {@code code} (also its type URI) and the fields at fault, if any. */
  public static ProblemDetail of(
      HttpStatus status, String code, String detail, List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:dispute-registry:problem:" + code.toLowerCase(Locale.ROOT)));
    problem.setTitle(status.getReasonPhrase());
    problem.setProperty("code", code);
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  public static ProblemDetail of(HttpStatus status, String code, String detail) {
    return of(status, code, detail, List.of());
  }

  public static ProblemDetail ofField(HttpStatus status, String code, String field, String detail) {
    return of(status, code, detail, List.of(new FieldError(field, code, detail)));
  }

  /** A problem answered with its code's own status. */
  public static ProblemDetail of(ProblemCode code, String detail) {
    return of(code.status(), code.name(), detail, List.of());
  }

  /** A problem answered with its code's own status, naming the field at fault. */
  public static ProblemDetail ofField(ProblemCode code, String field, String detail) {
    return ofField(code.status(), code.name(), field, detail);
  }
}
