package org.disputeregistry.web;

import org.springframework.http.HttpStatus;

/**
 * The stable codes of every problem that is not a domain rule: a request of the wrong shape or
 * size, a resource that is not there or changed meanwhile, a server that cannot answer now. Clients
 * branch on these, never on messages; each knows the HTTP status it is answered with. (The command
 * side's rules have their own codes, {@code command.rules.ErrorCode}; {@code OUT_OF_RANGE} is in
 * both: a constraint such as {@code @Max} and a rule such as "at most 30 days" say the same.)
 */
public enum ProblemCode {
  /** The body (or a back-fill line) is not JSON. */
  MALFORMED_JSON(HttpStatus.BAD_REQUEST),
  /** The body is missing or cannot be read at all. */
  MALFORMED_BODY(HttpStatus.BAD_REQUEST),
  /** A required field is absent, null or blank. */
  MISSING_FIELD(HttpStatus.BAD_REQUEST),
  /** A field that the request does not have. */
  UNKNOWN_FIELD(HttpStatus.BAD_REQUEST),
  /** A value of the wrong JSON type, or not a valid date, UUID, number or enum constant. */
  WRONG_TYPE(HttpStatus.BAD_REQUEST),
  /** A text or list too short or too long. */
  WRONG_LENGTH(HttpStatus.BAD_REQUEST),
  /** Text with control characters or half characters (lone UTF-16 surrogates). */
  INVALID_CHARACTERS(HttpStatus.BAD_REQUEST),
  /** A number outside its bounds ({@code @Min}, {@code @Max}, {@code @Positive}, ...). */
  OUT_OF_RANGE(HttpStatus.BAD_REQUEST),
  /** A value its type cannot hold, or that breaks another constraint. */
  INVALID_VALUE(HttpStatus.BAD_REQUEST),
  /** Several fields are wrong in different ways; {@code errors[]} gives each its own code. */
  INVALID_REQUEST(HttpStatus.BAD_REQUEST),
  /** No case with this id (or it is a case of another type). */
  CASE_NOT_FOUND(HttpStatus.NOT_FOUND),
  /** Two writers of the same case at once: one wins, the other may read again and retry. */
  CONCURRENT_MODIFICATION(HttpStatus.CONFLICT),
  /** A body over the configured size, counted as it is read. */
  BODY_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
  /** Past a limit of the JSON reader (string or number length, nesting, tokens, document). */
  LIMIT_EXCEEDED(HttpStatus.PAYLOAD_TOO_LARGE),
  /** No access token, or one that is expired, forged, unsigned or of another issuer. */
  UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
  /** The access token's roles do not allow the operation. */
  FORBIDDEN(HttpStatus.FORBIDDEN),
  /** The case belongs to another organisation than the one the caller acts for. */
  WRONG_ORGANISATION(HttpStatus.FORBIDDEN),
  /** A fault of ours, logged; the answer says nothing of the internals. */
  INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR),
  /** The database cannot be reached right now; the same request may be sent again. */
  DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
  /**
   * A statistics query ran past its time limit and was cancelled: the database is busy or the query
   * is broad; the same request may be sent again later, or narrowed.
   */
  QUERY_TIMEOUT(HttpStatus.SERVICE_UNAVAILABLE);

  private final HttpStatus status;

  ProblemCode(HttpStatus status) {
    this.status = status;
  }

  /** The status a problem with this code is answered with. */
  public HttpStatus status() {
    return status;
  }
}
