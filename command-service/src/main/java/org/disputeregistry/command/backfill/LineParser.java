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
    return new Reading(line.number()).read(line.text());
  }

  /** Stable across re-runs of the same file: the case id and the step's position. */
  static UUID derivedStepId(String caseId, int index) {
    return UUID.nameUUIDFromBytes((caseId + "#" + index).getBytes(StandardCharsets.UTF_8));
  }

  /** The reading of one line: its refusals name the line and, once read, its case. */
  private final class Reading {
    private final long number;
    private String caseId;

    Reading(long number) {
      this.number = number;
    }

    CaseLine read(String text) throws Refused {
      JsonNode root;
      try {
        root = json.readTree(text);
      } catch (JsonProcessingException e) {
        throw refused(
            null, ProblemCode.MALFORMED_JSON, null, "Not valid JSON: " + e.getOriginalMessage());
      }
      if (!root.isObject()) {
        throw refused(null, ProblemCode.MALFORMED_JSON, null, "A line is a JSON object");
      }
      for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!FIELDS.contains(name)) {
          throw refused(null, ProblemCode.UNKNOWN_FIELD, name, name + " is not a field of a line");
        }
      }
      StepTable table = table(root.path("type").asText(""));
      OpenRequest open = body("open", root.get("open"), table.open());
      caseId = open.caseId().toString();
      List<CaseLine.Command> commands = new ArrayList<>();
      commands.add(new CaseLine.Command("open", open.toCommand()));
      JsonNode steps = root.path("steps");
      if (!steps.isMissingNode() && !steps.isArray()) {
        throw refused(null, ProblemCode.WRONG_TYPE, "steps", "steps must be an array");
      }
      for (int i = 0; i < steps.size(); i++) {
        commands.add(step(table, i, steps.get(i), new CaseId(open.caseId())));
      }
      return new CaseLine(number, caseId, List.copyOf(commands));
    }

    private StepTable table(String type) throws Refused {
      Optional<StepTable> table = tables.forType(type);
      if (table.isEmpty()) {
        throw refused(
            null, BackfillCode.UNKNOWN_CASE_TYPE, "type", "type must be one of " + tables.types());
      }
      return table.get();
    }

    private CaseLine.Command step(StepTable table, int index, JsonNode node, CaseId id)
        throws Refused {
      String at = "steps[" + index + "]";
      if (!node.isObject()) {
        throw refused(at, ProblemCode.WRONG_TYPE, at, "a step is a JSON object");
      }
      String name = node.path("step").asText("");
      Class<? extends StepRequest> type = table.steps().get(name);
      if (type == null) {
        throw refused(
            at,
            BackfillCode.UNKNOWN_STEP_NAME,
            at + ".step",
            "step must be one of " + table.steps().keySet().stream().sorted().toList());
      }
      ObjectNode body = (ObjectNode) node; // the line's own tree, read for this line only
      body.remove("step");
      if (!body.hasNonNull("stepId")) {
        body.put("stepId", derivedStepId(caseId, index).toString());
      }
      String named = at + " (" + name + ")";
      return new CaseLine.Command(named, body(named, body, type).toCommand(id));
    }

    /** A body read and validated as the API does; its first violation (by path) is the reason. */
    private <T> T body(String at, JsonNode node, Class<T> type) throws Refused {
      if (node == null || !node.isObject()) {
        throw refused(at, ProblemCode.MISSING_FIELD, at, at + " must be a JSON object");
      }
      T request;
      try {
        request = json.treeToValue(node, type);
      } catch (JsonProcessingException e) {
        throw refused(at, RequestErrors.ofJson(e));
      }
      Optional<ConstraintViolation<T>> first =
          validator.validate(request).stream()
              .min(Comparator.comparing(v -> v.getPropertyPath().toString()));
      if (first.isPresent()) {
        throw refused(at, RequestErrors.of(first.get()));
      }
      return request;
    }

    private Refused refused(String at, RequestError error) {
      return refused(at, error.code(), error.field(), error.message());
    }

    private Refused refused(String at, Enum<?> code, String field, String message) {
      return new Refused(new Rejection(number, caseId, at, code.name(), field, message));
    }
  }
}
