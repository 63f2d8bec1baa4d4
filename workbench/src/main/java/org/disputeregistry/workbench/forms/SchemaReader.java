package org.disputeregistry.workbench.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disputeregistry.workbench.forms.FieldSpec.Kind;

/**
 * Reads the form of an operation from an OpenAPI document (3.0 or 3.1): the request body's schema,
 * its references ({@code $ref}, a lone {@code allOf}) followed, each property made a {@link
 * FieldSpec}. Deeper than {@value #MAX_DEPTH} levels of objects is not a form anyone types.
 */
final class SchemaReader {

  static final String LABELS = "x-labels";
  private static final int MAX_DEPTH = 4;
  private static final Set<String> GENERATED_IDS = Set.of("caseId", "stepId");

  /** Free text longer than this gets a text area. */
  private static final int SHORT_TEXT = 200;

  private final JsonNode document;

  SchemaReader(JsonNode document) {
    this.document = document;
  }

  /** The form of {@code POST path}, if the document has that operation with a JSON body. */
  Optional<FormSpec> form(String path) {
    JsonNode post = document.path("paths").path(path).path("post");
    JsonNode schema =
        post.path("requestBody").path("content").path("application/json").path("schema");
    if (schema.isMissingNode()) {
      return Optional.empty();
    }
    Map<String, String> title = new LinkedHashMap<>();
    post.path(LABELS).properties().forEach(e -> title.put(e.getKey(), e.getValue().asText()));
    return Optional.of(new FormSpec(path, title, members(resolve(schema), 0)));
  }

  /** The steps of a collection the document has: {@code /api/<collection>/{caseId}/<step>}. */
  List<String> steps(String collection) {
    String prefix = "/api/" + collection + "/{caseId}/";
    List<String> steps = new ArrayList<>();
    document
        .path("paths")
        .properties()
        .forEach(
            e -> {
              String step =
                  e.getKey().startsWith(prefix) ? e.getKey().substring(prefix.length()) : "";
              if (!step.isEmpty() && !step.contains("/") && e.getValue().has("post")) {
                steps.add(step);
              }
            });
    return steps;
  }

  /**
   * The labels of every coded field of the document's schemas, by the field's name: {@code
   * disputeType} → {@code TRADE} → {@code {zh, en}}. The names are the API's own, the same in the
   * answers (a case's fields, an event's) as in the requests.
   */
  Map<String, Map<String, Map<String, String>>> codeLabels() {
    Map<String, Map<String, Map<String, String>>> labels = new LinkedHashMap<>();
    for (JsonNode schema : document.path("components").path("schemas")) {
      schema
          .path("properties")
          .properties()
          .forEach(
              e -> {
                JsonNode property =
                    e.getValue().has("items") ? e.getValue().path("items") : e.getValue();
                Map<String, Map<String, String>> choices = choices(property);
                if (property.has(LABELS)) {
                  labels.computeIfAbsent(e.getKey(), name -> new LinkedHashMap<>()).putAll(choices);
                }
              });
    }
    return labels;
  }

  private List<FieldSpec> members(JsonNode object, int depth) {
    Set<String> required = new HashSet<>();
    object.path("required").forEach(name -> required.add(name.asText()));
    List<FieldSpec> fields = new ArrayList<>();
    object
        .path("properties")
        .properties()
        .forEach(
            e -> fields.add(field(e.getKey(), e.getValue(), required.contains(e.getKey()), depth)));
    return List.copyOf(fields);
  }

  private FieldSpec field(String name, JsonNode property, boolean required, int depth) {
    JsonNode schema = resolve(property);
    String type = type(schema);
    Kind kind;
    List<FieldSpec> members = List.of();
    FieldSpec item = null;
    if (GENERATED_IDS.contains(name) && "uuid".equals(schema.path("format").asText())) {
      kind = Kind.GENERATED_ID;
    } else if (schema.has(LABELS) || schema.has("enum")) {
      kind = Kind.CHOICE;
    } else if ("array".equals(type) && depth < MAX_DEPTH) {
      kind = Kind.ROWS;
      item = field(name, schema.path("items"), false, depth + 1);
    } else if (("object".equals(type) || schema.has("properties")) && depth < MAX_DEPTH) {
      kind = Kind.GROUP;
      members = members(schema, depth + 1);
    } else {
      kind = scalar(type, schema);
    }
    return new FieldSpec(
        name,
        kind,
        required,
        schema.has("maxLength") ? schema.path("maxLength").asInt() : null,
        decimal(schema, "minimum"),
        decimal(schema, "maximum"),
        description(property, schema),
        choices(schema),
        members,
        item,
        schema.path("minItems").asInt(0));
  }

  private static Kind scalar(String type, JsonNode schema) {
    return switch (type) {
      case "integer" -> Kind.INTEGER;
      case "number" -> Kind.NUMBER;
      case "boolean" -> Kind.BOOLEAN;
      default -> {
        if ("date".equals(schema.path("format").asText())) {
          yield Kind.DATE;
        }
        yield schema.path("maxLength").asInt(0) > SHORT_TEXT ? Kind.LONG_TEXT : Kind.TEXT;
      }
    };
  }

  /** The codes with their labels; an enum without labels has its codes as labels. */
  private static Map<String, Map<String, String>> choices(JsonNode schema) {
    Map<String, Map<String, String>> choices = new LinkedHashMap<>();
    schema.path("enum").forEach(code -> choices.put(code.asText(), Map.of()));
    schema
        .path(LABELS)
        .properties()
        .forEach(
            e -> {
              Map<String, String> label = new LinkedHashMap<>();
              e.getValue().properties().forEach(l -> label.put(l.getKey(), l.getValue().asText()));
              choices.put(e.getKey(), label);
            });
    return choices;
  }

  private static String description(JsonNode property, JsonNode schema) {
    String own = property.path("description").asText("");
    return own.isEmpty() ? schema.path("description").asText("") : own;
  }

  private static BigDecimal decimal(JsonNode schema, String name) {
    JsonNode value = schema.path(name);
    return value.isNumber() ? value.decimalValue() : null;
  }

  /** {@code type}, also as 3.1's list ({@code ["string", "null"]}). */
  private static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!"null".equals(t.asText())) {
          return t.asText();
        }
      }
    }
    return type.asText("");
  }

  /** Follows {@code $ref} and a lone {@code allOf} (a reference with a description of its own). */
  private JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; hops < MAX_DEPTH; hops++) {
      if (current.has("$ref")) {
        String ref = current.path("$ref").asText();
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        current = document.path("components").path("schemas").path(name);
      } else if (current.path("allOf").size() == 1 && !current.has("properties")) {
        current = current.path("allOf").get(0);
      } else {
        return current;
      }
    }
    return current;
  }
}
