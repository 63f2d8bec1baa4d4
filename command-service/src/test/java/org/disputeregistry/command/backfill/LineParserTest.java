package org.disputeregistry.command.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.OpenRequest;
import org.disputeregistry.command.lifecycle.StepCommand;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.web.BoundedCollections;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A line of a back-fill file read into its commands, or refused with the API's codes. */
class LineParserTest {

  record Open(@NotNull UUID caseId, @NotBlank String caseNumber) implements OpenRequest {
    @Override
    public Object toCommand() {
      return "open " + caseNumber;
    }
  }

  record Extend(@NotNull UUID stepId, @NotNull LocalDate extendedOn, @Positive Integer days)
      implements StepRequest {
    @Override
    public StepCommand toCommand(CaseId caseId) {
      return new Extended(caseId, stepId, days);
    }
  }

  record Count(@NotNull UUID stepId, @PositiveOrZero Integer persons) implements StepRequest {
    @Override
    public StepCommand toCommand(CaseId caseId) {
      return new Extended(caseId, stepId, persons);
    }
  }

  record Extended(CaseId caseId, UUID stepId, Integer days) implements StepCommand {}

  private static final UUID CASE = UUID.fromString("3f2b8c1e-6d4a-4b7e-9c1a-0e5d2f7a9b10");

  private final LineParser parser =
      new LineParser(
          new StepTables(
              List.of(
                  StepTable.of("tests", Open.class)
                      .step("extension", Extend.class)
                      .step("count", Count.class),
                  StepTable.of("others", Open.class))),
          new ObjectMapper()
              .registerModule(new JavaTimeModule())
              .registerModule(BoundedCollections.module(1000))
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
          Validation.buildDefaultValidatorFactory().getValidator());

  private static String line(String steps) {
    return "{\"type\":\"tests\",\"open\":{\"caseId\":\"%s\",\"caseNumber\":\"T-1\"},\"steps\":[%s]}"
        .formatted(CASE, steps);
  }

  private Rejection refused(String line) {
    return catchThrowableOfType(LineParser.Refused.class, () -> parser.parse(new Line(7, line)))
        .rejection();
  }

  @Test
  void aLineBecomesItsOpeningAndItsStepsInOrderEachNamedByWhereItIs() throws Exception {
    UUID stepId = UUID.randomUUID();
    String line =
        line(
            """
            {"step":"extension","stepId":"%s","extendedOn":"2023-01-02","days":3},\
            {"step":"count","persons":0}"""
                .formatted(stepId));

    CaseLine parsed = parser.parse(new Line(7, line));

    assertThat(parsed.number()).isEqualTo(7);
    assertThat(parsed.caseId()).isEqualTo(CASE.toString());
    assertThat(parsed.commands())
        .containsExactly(
            new CaseLine.Command("open", "open T-1"),
            new CaseLine.Command("steps[0] (extension)", new Extended(new CaseId(CASE), stepId, 3)),
            new CaseLine.Command(
                "steps[1] (count)",
                new Extended(new CaseId(CASE), LineParser.derivedStepId(CASE.toString(), 1), 0)));
  }

  @Test
  void aStepWithoutItsIdGetsTheSameIdOnEveryRun() {
    assertThat(LineParser.derivedStepId(CASE.toString(), 1))
        .isEqualTo(LineParser.derivedStepId(CASE.toString(), 1))
        .isNotEqualTo(LineParser.derivedStepId(CASE.toString(), 2));
  }

  @Test
  void aDerivedStepIdIsTheNameBasedUuidOfEarlierReleases() {
    // Files loaded before must find their steps again: the ids may never change.
    for (int index = 0; index < 20; index++) {
      assertThat(LineParser.derivedStepId(CASE.toString(), index))
          .isEqualTo(UUID.nameUUIDFromBytes((CASE + "#" + index).getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Nested
  class ABodyIsRefusedWithTheCodeTheApiAnswers {

    @Test
    void aNumberBreakingPositiveIsOutOfRange() {
      Rejection rejection =
          refused(line("{\"step\":\"extension\",\"extendedOn\":\"2023-01-02\",\"days\":0}"));

      assertThat(rejection)
          .isEqualTo(
              new Rejection(
                  7,
                  CASE.toString(),
                  "steps[0] (extension)",
                  "OUT_OF_RANGE",
                  "days",
                  "days must be greater than 0"));
    }

    @Test
    void aNumberBreakingPositiveOrZeroIsOutOfRange() {
      assertThat(refused(line("{\"step\":\"count\",\"persons\":-1}")).code())
          .isEqualTo("OUT_OF_RANGE");
    }

    @Test
    void aMissingFieldOfTheOpening() {
      Rejection rejection =
          refused(
              "{\"type\":\"tests\",\"open\":{\"caseId\":\"%s\",\"caseNumber\":\" \"}}"
                  .formatted(CASE));

      assertThat(rejection.step()).isEqualTo("open");
      assertThat(rejection.code()).isEqualTo("MISSING_FIELD");
      assertThat(rejection.field()).isEqualTo("caseNumber");
    }

    @Test
    void aValueOfTheWrongType() {
      Rejection rejection = refused(line("{\"step\":\"extension\",\"extendedOn\":\"soon\"}"));

      assertThat(rejection.code()).isEqualTo("WRONG_TYPE");
      assertThat(rejection.field()).isEqualTo("extendedOn");
      assertThat(rejection.message()).isEqualTo("extendedOn must be a valid date (yyyy-MM-dd)");
    }

    @Test
    void aFieldTheStepDoesNotHave() {
      Rejection rejection = refused(line("{\"step\":\"count\",\"persons\":1,\"people\":2}"));

      assertThat(rejection.code()).isEqualTo("UNKNOWN_FIELD");
      assertThat(rejection.field()).isEqualTo("people");
    }
  }

  @Nested
  class ALineOfTheWrongShape {

    @Test
    void notJson() {
      Rejection rejection = refused("{\"type\":\"tests\",\"open\":");

      assertThat(rejection.code()).isEqualTo("MALFORMED_JSON");
      assertThat(rejection.caseId()).isNull();
    }

    @Test
    void notAnObject() {
      assertThat(refused("[1,2]").code()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void aFieldALineDoesNotHave() {
      Rejection rejection = refused("{\"type\":\"tests\",\"close\":{}}");

      assertThat(rejection.code()).isEqualTo("UNKNOWN_FIELD");
      assertThat(rejection.field()).isEqualTo("close");
    }

    @Test
    void anUnknownCaseTypeNamesTheKnownOnes() {
      Rejection rejection = refused("{\"type\":\"lawsuits\",\"open\":{}}");

      assertThat(rejection.code()).isEqualTo("UNKNOWN_CASE_TYPE");
      assertThat(rejection.field()).isEqualTo("type");
      assertThat(rejection.message()).isEqualTo("type must be one of [others, tests]");
    }

    @Test
    void anUnknownStepNameNamesTheCaseTypesSteps() {
      Rejection rejection = refused(line("{\"step\":\"pardon\"}"));

      assertThat(rejection.code()).isEqualTo("UNKNOWN_STEP_NAME");
      assertThat(rejection.field()).isEqualTo("steps[0].step");
      assertThat(rejection.message()).isEqualTo("step must be one of [count, extension]");
    }

    @Test
    void stepsThatAreNotAList() {
      Rejection rejection =
          refused(
              "{\"type\":\"tests\",\"open\":{\"caseId\":\"%s\",\"caseNumber\":\"T-1\"},\"steps\":{}}"
                  .formatted(CASE));

      assertThat(rejection.code()).isEqualTo("WRONG_TYPE");
      assertThat(rejection.field()).isEqualTo("steps");
    }

    @Test
    void aStepThatIsNotAnObject() {
      assertThat(refused(line("3")).field()).isEqualTo("steps[0]");
    }

    @Test
    void noOpening() {
      Rejection rejection = refused("{\"type\":\"tests\"}");

      assertThat(rejection.code()).isEqualTo("MISSING_FIELD");
      assertThat(rejection.field()).isEqualTo("open");
    }
  }
}
