package org.disputeregistry.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolationException;
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
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every way a request can be malformed into a 400 problem that names the field and a stable
 * code. Services add their own advice for domain rules; this one runs last.
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
        return badRequest(
            Problems.of(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "BODY_TOO_LARGE",
                "The request body is larger than " + tooLarge.maxBytes() + " bytes"));
      }
      if (t instanceof StreamConstraintsException limit) {
        return badRequest(
            Problems.of(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "LIMIT_EXCEEDED",
                "The body exceeds a limit of the JSON reader: " + limit.getOriginalMessage()));
      }
    }
    return badRequest(unreadable(jacksonCause(ex)));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(e -> new FieldError(e.getField(), constraintCode(e.getCode()), message(e)))
            .sorted(java.util.Comparator.comparing(FieldError::field))
            .toList();
    return badRequest(invalid(errors));
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
                                    constraintCode(lastCode(e.getCodes())),
                                    e.getDefaultMessage())))
            .toList();
    return badRequest(invalid(errors));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
    String expected =
        ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName();
    return Problems.ofField(
        HttpStatus.BAD_REQUEST,
        "WRONG_TYPE",
        ex.getName(),
        ex.getName() + " must be a " + expected);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException ex) {
    List<FieldError> errors =
        ex.getConstraintViolations().stream()
            .map(
                v ->
                    new FieldError(
                        lastNode(v.getPropertyPath().toString()),
                        constraintCode(
                            v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName()),
                        v.getMessage()))
            .toList();
    return invalid(errors);
  }

  /**
   * Anything unforeseen: logged with its stack, answered without internals. A database that is down
   * or restarting is not a fault of the request: 503 with a time to retry, and no stack in the log.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception ex) {
    if (DatabaseUnavailable.causedBy(ex)) {
      log.warn("Database unavailable while handling a request; answered 503");
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
          .body(
              Problems.of(
                  HttpStatus.SERVICE_UNAVAILABLE,
                  "DATABASE_UNAVAILABLE",
                  "The database cannot be reached right now; send the same request again in a few"
                      + " seconds (a retry with the same ids never records anything twice)."));
    }
    log.error("Unexpected failure while handling a request", ex);
    return ResponseEntity.internalServerError()
        .body(
            Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "INTERNAL_ERROR",
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

  private static ProblemDetail unreadable(Throwable cause) {
    if (cause instanceof BoundedCollections.TooManyElements e) {
      return Problems.ofField(HttpStatus.BAD_REQUEST, "WRONG_LENGTH", e.field(), e.describe());
    }
    if (cause instanceof UnrecognizedPropertyException e) {
      String field = path(e);
      return Problems.ofField(
          HttpStatus.BAD_REQUEST,
          "UNKNOWN_FIELD",
          field,
          field + " is not a field of this request");
    }
    if (cause instanceof InvalidFormatException e) {
      String field = path(e);
      return Problems.ofField(
          HttpStatus.BAD_REQUEST,
          "WRONG_TYPE",
          field,
          field + " must be a valid " + expected(e.getTargetType()));
    }
    if (cause instanceof ValueInstantiationException e) {
      String field = path(e);
      return Problems.ofField(
          HttpStatus.BAD_REQUEST, "INVALID_VALUE", field, field + " has an invalid value");
    }
    if (cause instanceof MismatchedInputException e && !e.getPath().isEmpty()) {
      String field = path(e);
      return Problems.ofField(
          HttpStatus.BAD_REQUEST,
          "WRONG_TYPE",
          field,
          field + " must be a " + expected(e.getTargetType()));
    }
    if (cause instanceof JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      return Problems.of(
          HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "The body is not valid JSON" + where);
    }
    return Problems.of(
        HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "The request body is missing or unreadable");
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "$" : path.toString();
  }

  private static String expected(@Nullable Class<?> type) {
    if (type == null) {
      return "value of another type";
    }
    if (type.isEnum()) {
      return "one of "
          + java.util.Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    return switch (type.getSimpleName()) {
      case "LocalDate" -> "date (yyyy-MM-dd)";
      case "UUID", "CaseId" -> "UUID";
      case "BigDecimal" -> "decimal number";
      case "int", "Integer", "long", "Long" -> "whole number";
      default -> type.getSimpleName();
    };
  }

  /** Bean Validation constraint names turned into the registry's stable codes. */
  private static String constraintCode(@Nullable String constraint) {
    if (constraint == null) {
      return "INVALID_VALUE";
    }
    return switch (constraint) {
      case "NotNull", "NotBlank", "NotEmpty" -> "MISSING_FIELD";
      case "Size" -> "WRONG_LENGTH";
      case "Pattern" -> "INVALID_CHARACTERS";
      case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax", "Digits" ->
          "OUT_OF_RANGE";
      default -> "INVALID_VALUE";
    };
  }

  private static String lastCode(@Nullable String[] codes) {
    return codes == null || codes.length == 0 ? null : codes[codes.length - 1];
  }

  private static String lastNode(String propertyPath) {
    int dot = propertyPath.lastIndexOf('.');
    return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
  }

  private static String message(org.springframework.validation.FieldError e) {
    return e.getField() + " " + e.getDefaultMessage();
  }

  /** The errors' common code, or INVALID_REQUEST when the fields are wrong in different ways. */
  private static ProblemDetail invalid(List<FieldError> errors) {
    List<String> codes = errors.stream().map(FieldError::code).distinct().toList();
    String code = codes.size() == 1 ? codes.get(0) : "INVALID_REQUEST";
    return Problems.of(HttpStatus.BAD_REQUEST, code, summary(errors), errors);
  }

  private static String summary(List<FieldError> errors) {
    return errors.stream().map(FieldError::message).collect(Collectors.joining("; "));
  }

  private static ResponseEntity<Object> badRequest(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }
}
