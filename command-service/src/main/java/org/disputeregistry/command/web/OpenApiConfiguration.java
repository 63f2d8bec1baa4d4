package org.disputeregistry.command.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import org.disputeregistry.command.lifecycle.Caller;
import org.disputeregistry.command.lifecycle.Recorded;
import org.disputeregistry.command.rules.ErrorCode;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;

/** Documents what every write of the case API shares: its headers and its answers. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  io.swagger.v3.oas.models.OpenAPI registryApi() {
    return new io.swagger.v3.oas.models.OpenAPI()
        .info(
            new Info()
                .title("Dispute registry: command API")
                .version("1")
                .description(
                    "Case officers and mediators open cases and record every step. Writes answer"
                        + " 201 (recorded) or 200 (the same request was already recorded: a retry"
                        + " is harmless), with the case's version as ETag. Errors are RFC 9457"
                        + " problem details with a stable `code` and the `errors[].field` at"
                        + " fault."))
        .components(new Components().addSchemas("ProblemDetail", problemSchema()));
  }

  /** RFC 9457 with the registry's members: a stable code and the fields at fault. */
  private static Schema<?> problemSchema() {
    Schema<?> fieldError =
        new ObjectSchema()
            .addProperty("field", new StringSchema().example("receivedOn"))
            .addProperty("code", new StringSchema().example(ErrorCode.DATE_IN_FUTURE.name()))
            .addProperty("message", new StringSchema());
    return new ObjectSchema()
        .addProperty(
            "type", new StringSchema().example("urn:dispute-registry:problem:date_in_future"))
        .addProperty("title", new StringSchema().example("Bad Request"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema())
        .addProperty("code", new StringSchema().example(ErrorCode.DATE_IN_FUTURE.name()))
        .addProperty(
            "currentState",
            new StringSchema().description("With ILLEGAL_TRANSITION: the case's state"))
        .addProperty("errors", new ArraySchema().items(fieldError));
  }

  @Bean
  OperationCustomizer callerHeadersAndAnswers() {
    return (operation, handler) -> {
      boolean write =
          Arrays.stream(handler.getMethodParameters())
              .anyMatch(p -> p.getParameterType() == Caller.class);
      if (!write) {
        addProblem(operation, "404", "CASE_NOT_FOUND: no case with this id (of this type)");
        return operation;
      }
      ApiResponse ok = operation.getResponses().get("200");
      boolean recorded =
          handler
              .getMethod()
              .getGenericReturnType()
              .getTypeName()
              .contains(Recorded.class.getName());
      if (ok != null && recorded) {
        operation
            .getResponses()
            .addApiResponse(
                "201",
                new ApiResponse()
                    .description("Recorded; ETag is the case's new version")
                    .content(ok.getContent()));
        ok.description(
            "Already recorded: the same request (same id and body) was recorded before;"
                + " nothing was appended");
      }
      boolean step =
          Arrays.stream(handler.getMethodAnnotation(PostMapping.class).value())
              .anyMatch(path -> path.contains("{caseId}"));
      if (step) {
        operation.addParametersItem(
            new HeaderParameter()
                .name("If-Match")
                .description(
                    "Optional: the ETag (version) of the case the client last read; the step is"
                        + " refused with 412 if the case has changed since")
                .example("\"3\"")
                .schema(new Schema<String>().type("string")));
      }
      addProblem(
          operation,
          "400",
          "Malformed JSON, a missing, unknown or wrong-typed field, a bad code or date"
              + " (MALFORMED_JSON, MISSING_FIELD, WRONG_TYPE, UNKNOWN_FIELD, UNKNOWN_REFERENCE,"
              + " DATE_IN_FUTURE, DATE_BEFORE_PREVIOUS_STEP, OUT_OF_RANGE, ...)");
      addProblem(
          operation,
          "409",
          "The case's state does not allow it (ILLEGAL_TRANSITION, with currentState), the id"
              + " or number belongs to another case (CASE_ID_TAKEN, CASE_NUMBER_TAKEN,"
              + " STEP_ID_TAKEN), or a concurrent write won (CONCURRENT_MODIFICATION)");
      if (step) {
        addProblem(operation, "404", "CASE_NOT_FOUND: no case with this id (of this type)");
        addProblem(operation, "412", "VERSION_MISMATCH: If-Match names an older version");
      }
      return operation;
    };
  }

  private static void addProblem(Operation operation, String status, String description) {
    operation
        .getResponses()
        .addApiResponse(
            status,
            new ApiResponse()
                .description(description)
                .content(
                    new Content()
                        .addMediaType(
                            "application/problem+json",
                            new MediaType()
                                .schema(
                                    new Schema<>().$ref("#/components/schemas/ProblemDetail")))));
  }
}
