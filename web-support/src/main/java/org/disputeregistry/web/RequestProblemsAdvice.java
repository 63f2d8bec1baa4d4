package org.disputeregistry.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every way a request can be malformed into a 400 (or 413) problem that names the field and a
 * stable code ({@link RequestErrors} decides which); anything unforeseen into a 500 without
 * internals, a database that cannot be reached into a 503. Services add their own advice for domain
 * rules; this one runs last.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class RequestProblemsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(RequestProblemsAdvice.class);

  /** A restarted PostgreSQL is usually back within seconds. */
  private static final int RETRY_AFTER_SECONDS = 5;

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
        return answer(
            Problems.of(
                ProblemCode.BODY_TOO_LARGE,
                "The request body is larger than " + tooLarge.maxBytes() + " bytes"));
      }
      if (t instanceof StreamConstraintsException limit) {
        return answer(
            Problems.of(
                ProblemCode.LIMIT_EXCEEDED,
                "The body exceeds a limit of the JSON reader: " + limit.getOriginalMessage()));
      }
    }
    return answer(RequestErrors.ofJson(jacksonCause(ex)).toProblem());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(
                e ->
                    new FieldError(
                        e.getField(),
                        RequestErrors.forConstraint(e.getCode()).name(),
                        e.getField() + " " + e.getDefaultMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return answer(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        ex.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            e ->
                                new FieldError(
                                    r.getMethodParameter().getParameterName(),
                                    RequestErrors.forConstraint(lastCode(e.getCodes())).name(),
                                    e.getDefaultMessage())))
            .toList();
    return answer(invalid(errors));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
    String expected =
        ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName();
    return Problems.ofField(
        ProblemCode.WRONG_TYPE, ex.getName(), ex.getName() + " must be a " + expected);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException ex) {
    List<FieldError> errors =
        ex.getConstraintViolations().stream()
            .map(
                v ->
                    new FieldError(
                        lastNode(v.getPropertyPath().toString()),
                        RequestErrors.forConstraint(
                                v.getConstraintDescriptor().getAnnotation().annotationType())
                            .name(),
                        v.getMessage()))
            .toList();
    return invalid(errors);
  }

  /**
   * The firewall checks a header's name and value when it is first read: a value read by Spring MVC
   * (which copies every header of a request with a body) fails here, not in the security filter
   * chain. The message names the value, so it is neither logged nor answered.
   */
  @ExceptionHandler(RequestRejectedException.class)
  ProblemDetail rejected(RequestRejectedException ex) {
    return Problems.of(
        ProblemCode.INVALID_CHARACTERS,
        "A header of the request holds a control character or an unassigned one");
  }

  /**
   * Anything unforeseen: logged with its stack, answered without internals. A database that is down
   * or restarting is not a fault of the request: 503 with a time to retry, and no stack in the log.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception ex) {
    if (DatabaseUnavailable.causedBy(ex)) {
      log.warn("Database unavailable while handling a request; answered 503");
      return ResponseEntity.status(ProblemCode.DATABASE_UNAVAILABLE.status())
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
          .body(
              Problems.of(
                  ProblemCode.DATABASE_UNAVAILABLE,
                  "The database cannot be reached right now; send the same request again in a few"
                      + " seconds (a retry with the same ids never records anything twice)."));
    }
    log.error("Unexpected failure while handling a request", ex);
    return ResponseEntity.status(ProblemCode.INTERNAL_ERROR.status())
        .body(
            Problems.of(
                ProblemCode.INTERNAL_ERROR,
                "The request could not be handled; it has been logged."));
  }

  /** The outermost Jackson failure knows the JSON path; its own causes (parsers) do not. */
  private static Throwable jacksonCause(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof JsonProcessingException) {
        return t;
      }
    }
    return ex;
  }

  private static String lastCode(@Nullable String[] codes) {
    return codes == null || codes.length == 0 ? null : codes[codes.length - 1];
  }

  private static String lastNode(String propertyPath) {
    int dot = propertyPath.lastIndexOf('.');
    return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
  }

  /** The errors' common code, or INVALID_REQUEST when the fields are wrong in different ways. */
  private static ProblemDetail invalid(List<FieldError> errors) {
    List<String> codes = errors.stream().map(FieldError::code).distinct().toList();
    String code = codes.size() == 1 ? codes.get(0) : ProblemCode.INVALID_REQUEST.name();
    return Problems.of(
        HttpStatus.BAD_REQUEST,
        code,
        errors.stream().map(FieldError::message).collect(Collectors.joining("; ")),
        errors);
  }

  private static ResponseEntity<Object> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }
}
