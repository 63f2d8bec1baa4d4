package org.disputeregistry.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolation;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.lang.Nullable;

/**
 * The one mapping from a failure to read or validate a request body to a field and a stable code,
 * for the HTTP answers ({@link RequestProblemsAdvice}) and the command side's back-fill alike, so
 * that the same bad body gets the same code wherever it comes in.
 */
public final class RequestErrors {

  private RequestErrors() {}

  /**
   * What a Jackson failure says is wrong with a body: the field at fault by its JSON path where the
   * failure knows it (the outermost Jackson exception does; the parser's own causes do not).
   */
  public static RequestError ofJson(Throwable failure) {
    if (failure instanceof BoundedCollections.TooManyElements e) {
      return new RequestError(ProblemCode.WRONG_LENGTH, e.field(), e.describe());
    }
    if (failure instanceof UnrecognizedPropertyException e) {
      String field = path(e.getPath());
      return new RequestError(
          ProblemCode.UNKNOWN_FIELD, field, field + " is not a field of this request");
    }
    if (failure instanceof InvalidFormatException e) {
      String field = path(e.getPath());
      return new RequestError(
          ProblemCode.WRONG_TYPE, field, field + " must be a valid " + expected(e.getTargetType()));
    }
    if (failure instanceof ValueInstantiationException e) {
      String field = path(e.getPath());
      return new RequestError(ProblemCode.INVALID_VALUE, field, field + " has an invalid value");
    }
    if (failure instanceof MismatchedInputException e && !e.getPath().isEmpty()) {
      String field = path(e.getPath());
      return new RequestError(
          ProblemCode.WRONG_TYPE, field, field + " must be a " + expected(e.getTargetType()));
    }
    if (failure instanceof JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      return new RequestError(
          ProblemCode.MALFORMED_JSON, null, "The body is not valid JSON" + where);
    }
    return new RequestError(
        ProblemCode.MALFORMED_BODY, null, "The request body is missing or unreadable");
  }

  /** A Bean Validation violation of a body, naming the field by its path from the body. */
  public static RequestError of(ConstraintViolation<?> violation) {
    String field = violation.getPropertyPath().toString();
    return new RequestError(
        forConstraint(violation.getConstraintDescriptor().getAnnotation().annotationType()),
        field,
        field + " " + violation.getMessage());
  }

  /** The code of a broken Bean Validation constraint. */
  public static ProblemCode forConstraint(Class<?> constraint) {
    return forConstraint(constraint.getSimpleName());
  }

  /**
   * The code of a broken Bean Validation constraint by its simple name, as Spring's binding errors
   * name it ({@code "Size"}); null or a constraint without its own code is {@code INVALID_VALUE}.
   */
  public static ProblemCode forConstraint(@Nullable String constraint) {
    if (constraint == null) {
      return ProblemCode.INVALID_VALUE;
    }
    return switch (constraint) {
      case "NotNull", "NotBlank", "NotEmpty" -> ProblemCode.MISSING_FIELD;
      case "Size" -> ProblemCode.WRONG_LENGTH;
      case "Pattern" -> ProblemCode.INVALID_CHARACTERS;
      case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax", "Digits" ->
          ProblemCode.OUT_OF_RANGE;
      default -> ProblemCode.INVALID_VALUE;
    };
  }

  /** A Jackson path as a JSON path ({@code contacts[2].persons}); {@code $} for the root. */
  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : references) {
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
          + Arrays.stream(type.getEnumConstants())
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
}
