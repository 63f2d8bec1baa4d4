package org.disputeregistry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestErrorsTest {

  record Contact(@Positive int persons) {}

  record Body(
      @NotBlank String name,
      LocalDate on,
      @Size(max = 2) List<@Valid Contact> contacts,
      @Positive Integer count,
      @PositiveOrZero Integer rest,
      @Max(30) Integer days,
      @Pattern(regexp = "[A-Z]+") String code) {}

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .registerModule(BoundedCollections.module(1000))
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  @Nested
  class AConstraintHasTheCodeOfItsKind {

    @ParameterizedTest
    @CsvSource({
      "NotNull, MISSING_FIELD",
      "NotBlank, MISSING_FIELD",
      "NotEmpty, MISSING_FIELD",
      "Size, WRONG_LENGTH",
      "Pattern, INVALID_CHARACTERS",
      "Min, OUT_OF_RANGE",
      "Max, OUT_OF_RANGE",
      "Positive, OUT_OF_RANGE",
      "PositiveOrZero, OUT_OF_RANGE",
      "DecimalMin, OUT_OF_RANGE",
      "DecimalMax, OUT_OF_RANGE",
      "Digits, OUT_OF_RANGE",
      "Email, INVALID_VALUE"
    })
    void byItsName(String constraint, ProblemCode code) {
      assertThat(RequestErrors.forConstraint(constraint)).isEqualTo(code);
    }

    @Test
    void withoutAName() {
      assertThat(RequestErrors.forConstraint((String) null)).isEqualTo(ProblemCode.INVALID_VALUE);
    }

    @ParameterizedTest
    @CsvSource({
      "'{\"name\":\"a\",\"count\":0}', count, OUT_OF_RANGE",
      "'{\"name\":\"a\",\"rest\":-1}', rest, OUT_OF_RANGE",
      "'{\"name\":\"a\",\"days\":31}', days, OUT_OF_RANGE",
      "'{\"name\":\" \"}', name, MISSING_FIELD",
      "'{\"name\":\"a\",\"code\":\"a\"}', code, INVALID_CHARACTERS",
      "'{\"name\":\"a\",\"contacts\":[{\"persons\":0}]}', 'contacts[0].persons', OUT_OF_RANGE"
    })
    void fromAViolationNamingTheFieldByItsPath(String body, String field, ProblemCode code)
        throws Exception {
      RequestError error =
          RequestErrors.of(VALIDATOR.validate(JSON.readValue(body, Body.class)).iterator().next());

      assertThat(error.code()).isEqualTo(code);
      assertThat(error.field()).isEqualTo(field);
      assertThat(error.message()).startsWith(field + " ");
    }
  }

  @Nested
  class AnUnreadableBodyNamesTheFieldWhereJacksonKnowsIt {

    @Test
    void anUnknownField() {
      assertThat(read("{\"name\":\"a\",\"nickname\":\"b\"}"))
          .isEqualTo(
              new RequestError(
                  ProblemCode.UNKNOWN_FIELD,
                  "nickname",
                  "nickname is not a field of this request"));
    }

    @Test
    void aValueThatIsNotADate() {
      assertThat(read("{\"on\":\"tomorrow\"}"))
          .isEqualTo(
              new RequestError(
                  ProblemCode.WRONG_TYPE, "on", "on must be a valid date (yyyy-MM-dd)"));
    }

    @Test
    void aValueOfTheWrongJsonType() {
      assertThat(read("{\"contacts\":{\"persons\":1}}").code()).isEqualTo(ProblemCode.WRONG_TYPE);
      assertThat(read("{\"contacts\":[{\"persons\":\"many\"}]}").field())
          .isEqualTo("contacts[0].persons");
    }

    @Test
    void aListLongerThanItsBoundWithoutTheElementsIndex() {
      assertThat(read("{\"contacts\":[{},{},{}]}"))
          .isEqualTo(
              new RequestError(
                  ProblemCode.WRONG_LENGTH, "contacts", "contacts must have at most 2 elements"));
    }

    @Test
    void notJsonAtAll() {
      RequestError error = read("{\"name\":");

      assertThat(error.code()).isEqualTo(ProblemCode.MALFORMED_JSON);
      assertThat(error.field()).isNull();
      assertThat(error.message()).startsWith("The body is not valid JSON at line 1");
    }

    @Test
    void somethingElse() {
      assertThat(RequestErrors.ofJson(new IllegalStateException("closed")).code())
          .isEqualTo(ProblemCode.MALFORMED_BODY);
    }

    private RequestError read(String body) {
      Throwable failure = catchThrowable(() -> JSON.readValue(body, Body.class));
      assertThat(failure).isNotNull();
      return RequestErrors.ofJson(failure);
    }
  }

  @Test
  void anErrorBecomesAProblemWithItsCodesStatus() {
    var problem =
        new RequestError(ProblemCode.WRONG_TYPE, "on", "on must be a valid date").toProblem();

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getProperties()).containsEntry("code", "WRONG_TYPE");
    assertThat(problem.getProperties().get("errors"))
        .isEqualTo(List.of(new FieldError("on", "WRONG_TYPE", "on must be a valid date")));
  }
}
