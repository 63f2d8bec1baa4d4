package org.disputeregistry.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomPropertyDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates the published JSON Schemas (draft 2020-12) of the topic from the records: one for the
 * envelope and one for the payload of each event type in its current revision. What the schemas say
 * is what {@link RegistryJson} writes: every field present, {@link Nullable} ones may be null (or
 * absent in older events), enums as their names, dates ISO, amounts as decimal strings.
 */
final class EventSchemas {

  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  static final String ENVELOPE_FILE = "envelope.schema.json";

  /** A non-negative decimal in plain notation, as {@code BigDecimal.toPlainString()} writes it. */
  static final String DECIMAL_STRING = "^(0|[1-9][0-9]*)(\\.[0-9]+)?$";

  /** An ISO 4217 currency code. */
  static final String CURRENCY = "^[A-Z]{3}$";

  private static final ObjectMapper JSON = RegistryJson.mapper();

  private final SchemaGenerator generator = new SchemaGenerator(config().build());

  /** Every schema file by its path under the schema directory, in a stable order. */
  Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(ENVELOPE_FILE, text(envelope()));
    for (EventType type : EventCatalog.types()) {
      files.put(eventFile(type), text(payload(type)));
    }
    return files;
  }

  static String eventFile(EventType type) {
    return "events/" + type.name() + ".schema.json";
  }

  ObjectNode payload(EventType type) {
    return withHeader(
        type.name(),
        "Payload of "
            + type.name()
            + ", revision "
            + type.revision()
            + ", an event of a "
            + type.caseType()
            + " case.",
        generator.generateSchema(type.javaType()));
  }

  /**
   * The envelope, its {@code type} and {@code caseType} tied together, and the payload of the
   * current revision of each type checked against that type's schema. A payload of an older
   * revision is an object whose shape the event catalogue upcasts.
   */
  ObjectNode envelope() {
    ObjectNode schema = generator.generateSchema(EventEnvelope.class);
    ObjectNode properties = (ObjectNode) schema.get("properties");
    ((ObjectNode) properties.get("sequence")).put("minimum", 0);
    ((ObjectNode) properties.get("revision")).put("minimum", 0);
    ArrayNode names = ((ObjectNode) properties.get("type")).putArray("enum");
    EventCatalog.types().forEach(type -> names.add(type.name()));
    properties.putObject("payload").put("type", "object");
    ArrayNode byType = schema.putArray("allOf");
    for (EventType type : EventCatalog.types()) {
      ObjectNode rule = byType.addObject();
      rule.set("if", condition("type", JSON.getNodeFactory().textNode(type.name())));
      ObjectNode then = rule.putObject("then");
      then.putObject("properties").putObject("caseType").put("const", type.caseType().name());
      then.set("if", condition("revision", JSON.getNodeFactory().numberNode(type.revision())));
      then.putObject("then")
          .putObject("properties")
          .putObject("payload")
          .put("$ref", eventFile(type));
    }
    return withHeader(
        "EventEnvelope",
        "One record of the topic registry.case-events (key: the case id): an event with its case,"
            + " its place in the case's history, its business date and who recorded it when.",
        schema);
  }

  /** {@code {"required":[field],"properties":{field:{"const":value}}}} */
  private static ObjectNode condition(String field, JsonNode value) {
    ObjectNode condition = JSON.createObjectNode();
    condition.putArray("required").add(field);
    condition.putObject("properties").putObject(field).set("const", value);
    return condition;
  }

  private static ObjectNode withHeader(String title, String description, ObjectNode generated) {
    ObjectNode schema = JSON.createObjectNode();
    schema.put("$schema", DRAFT);
    schema.put("title", title);
    schema.put("description", description);
    generated.remove("$schema");
    schema.setAll(generated);
    return schema;
  }

  private static String text(JsonNode schema) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static SchemaGeneratorConfigBuilder config() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule())
            .with(Option.STANDARD_FORMATS, Option.FLATTENED_ENUMS)
            .without(Option.SCHEMA_VERSION_INDICATOR);
    config
        .forFields()
        .withRequiredCheck(field -> !nullable(field))
        .withNullableCheck(EventSchemas::nullable)
        .withCustomDefinitionProvider(EventSchemas::decimalAsString)
        .withStringPatternResolver(
            field ->
                field.getDeclaringType().getErasedType() == Money.class
                        && field.getName().equals("currency")
                    ? CURRENCY
                    : null);
    config
        .forTypesInGeneral()
        // Declaration order, the order in which the JSON is written.
        .withPropertySorter((a, b) -> 0)
        // An amended step's fields: the payload of its own event type, described by that schema.
        .withCustomDefinitionProvider(
            (type, context) ->
                JsonNode.class.isAssignableFrom(type.getErasedType())
                    ? new CustomDefinition(
                        context
                            .getGeneratorConfig()
                            .createObjectNode()
                            .put("type", "object")
                            .put(
                                "description",
                                "The fields of the event named by type, as its own payload"),
                        CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.NO)
                    : null)
        .withCustomDefinitionProvider(
            (type, context) ->
                type.getErasedType() == CaseId.class
                    ? new CustomDefinition(
                        context
                            .getGeneratorConfig()
                            .createObjectNode()
                            .put("type", "string")
                            .put("format", "uuid"),
                        CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.NO)
                    : null);
    return config;
  }

  private static boolean nullable(FieldScope field) {
    return field.getAnnotationConsideringFieldAndGetter(Nullable.class) != null;
  }

  /** A {@code BigDecimal} that Jackson writes as a string ({@link Money#amount()}). */
  private static CustomPropertyDefinition decimalAsString(
      FieldScope field, com.github.victools.jsonschema.generator.SchemaGenerationContext context) {
    JsonFormat format = field.getAnnotationConsideringFieldAndGetter(JsonFormat.class);
    if (field.getType().getErasedType() != BigDecimal.class
        || format == null
        || format.shape() != JsonFormat.Shape.STRING) {
      return null;
    }
    return new CustomPropertyDefinition(
        context
            .getGeneratorConfig()
            .createObjectNode()
            .put("type", "string")
            .put("pattern", DECIMAL_STRING));
  }
}
