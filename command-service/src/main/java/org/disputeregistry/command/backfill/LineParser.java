package org.disputeregistry.command.backfill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.OpenRequest;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.web.ProblemCode;
import org.disputeregistry.web.RequestError;
import org.disputeregistry.web.RequestErrors;
import org.springframework.stereotype.Component;

/**
 * Reads a line of a back-fill file into its commands: {@code {"type":"petitions","open":{...},
 * "steps":[{"step":"acceptance",...}, ...]}}, each body read and validated as the API reads it, so
 * that a body is refused with the same code as over HTTP ({@link RequestErrors}). A step's {@code
 * stepId} may be left out: it is then derived from the case id and the step's position, so a re-run
 * of the same file finds the same step.
 */
@Component
class LineParser {

  private static final Set<String> FIELDS = Set.of("type", "open", "steps");

  private final StepTables tables;
  private final ObjectMapper json;
  private final Validator validator;

  LineParser(StepTables tables, ObjectMapper json, Validator validator) {
    this.tables = tables;
    this.json = json;
    this.validator = validator;
  }

  /** A line's commands, or nothing of it: {@link Refused} says why. */
  static final class Refused extends Exception {
    private final transient Rejection rejection;

    Refused(Rejection rejection) {
      super(rejection.message(), null, false, false);
      this.rejection = rejection;
    }

    Rejection rejection() {
      return rejection;
    }
  }

  CaseLine parse(Line line) throws Refused {
    long number = line.number();
    JsonNode root;
    try {
      root = json.readTree(line.text());
    } catch (JsonProcessingException e) {
      throw refused(
          number,
          null,
          null,
          ProblemCode.MALFORMED_JSON,
          null,
          "Not valid JSON: " + e.getOriginalMessage());
    }
    if (!root.isObject()) {
      throw refused(
          number, null, null, ProblemCode.MALFORMED_JSON, null, "A line is a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw refused(
            number,
            null,
            null,
            ProblemCode.UNKNOWN_FIELD,
            name,
            name + " is not a field of a line");
      }
    }
    StepTable table = table(number, root.path("type").asText(""));
    OpenRequest open = read(number, null, "open", root.get("open"), table.open());
    String caseId = open.caseId().toString();
    List<CaseLine.Command> commands = new ArrayList<>();
    commands.add(new CaseLine.Command("open", open.toCommand()));
    JsonNode steps = root.path("steps");
    if (!steps.isMissingNode() && !steps.isArray()) {
      throw refused(
          number, caseId, null, ProblemCode.WRONG_TYPE, "steps", "steps must be an array");
    }
    for (int i = 0; i < steps.size(); i++) {
      commands.add(step(number, open.caseId(), table, i, steps.get(i)));
    }
    return new CaseLine(number, caseId, List.copyOf(commands));
  }

  private StepTable table(long number, String type) throws Refused {
    Optional<StepTable> table = tables.forType(type);
    if (table.isEmpty()) {
      throw refused(
          number,
          null,
          null,
          BackfillCode.UNKNOWN_CASE_TYPE,
          "type",
          "type must be one of " + tables.types());
    }
    return table.get();
  }

  private CaseLine.Command step(long number, UUID caseId, StepTable table, int index, JsonNode node)
      throws Refused {
    String id = caseId.toString();
    String at = "steps[" + index + "]";
    if (!node.isObject()) {
      throw refused(number, id, at, ProblemCode.WRONG_TYPE, at, "a step is a JSON object");
    }
    String name = node.path("step").asText("");
    Class<? extends StepRequest> type = table.steps().get(name);
    if (type == null) {
      throw refused(
          number,
          id,
          at,
          BackfillCode.UNKNOWN_STEP_NAME,
          at + ".step",
          "step must be one of " + table.steps().keySet().stream().sorted().toList());
    }
    ObjectNode body = ((ObjectNode) node).deepCopy();
    body.remove("step");
    if (!body.hasNonNull("stepId")) {
      body.put("stepId", derivedStepId(id, index).toString());
    }
    String named = at + " (" + name + ")";
    StepRequest request = read(number, id, named, body, type);
    return new CaseLine.Command(named, request.toCommand(new CaseId(caseId)));
  }

  /** Stable across re-runs of the same file: the case id and the step's position. */
  static UUID derivedStepId(String caseId, int index) {
    return UUID.nameUUIDFromBytes((caseId + "#" + index).getBytes(StandardCharsets.UTF_8));
  }

  /** A body read and validated as the API does; its first violation (by path) is the reason. */
  private <T> T read(long number, String caseId, String at, JsonNode node, Class<T> type)
      throws Refused {
    if (node == null || !node.isObject()) {
      throw refused(
          number, caseId, at, ProblemCode.MISSING_FIELD, at, at + " must be a JSON object");
    }
    T request;
    try {
      request = json.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw refused(number, caseId, at, RequestErrors.ofJson(e));
    }
    Optional<ConstraintViolation<T>> first =
        validator.validate(request).stream()
            .min(Comparator.comparing(v -> v.getPropertyPath().toString()));
    if (first.isPresent()) {
      throw refused(number, caseId, at, RequestErrors.of(first.get()));
    }
    return request;
  }

  private static Refused refused(long number, String caseId, String at, RequestError error) {
    return refused(number, caseId, at, error.code(), error.field(), error.message());
  }

  private static Refused refused(
      long number, String caseId, String at, Enum<?> code, String field, String message) {
    return new Refused(new Rejection(number, caseId, at, code.name(), field, message));
  }
}
