package org.disputeregistry.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas published in {@code docs/schema} are exactly those generated from the records,
 * and they accept every event the registry writes and refuse what it never writes.
 */
class EventSchemaTest {

  static final Path SCHEMAS = Path.of("..", "docs", "schema").toAbsolutePath().normalize();
  private static final Path APPROVED =
      Path.of("src", "test", "java", "org", "disputeregistry", "events");
  private static final String REGENERATE =
      "regenerate them with `./mvnw -pl shared-events test -Dtest=EventSchemaTest"
          + " -Dschemas.write=true`, then review and commit the diff";

  private static final SchemaRegistry VALIDATORS =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          registry ->
              registry
                  // "format" is only an annotation in 2020-12 unless asserted: dates must be dates.
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                  // The envelope refers to the event schemas by relative path: read them here.
                  .schemas(
                      iri ->
                          iri.startsWith(SCHEMAS.toUri().toString())
                              ? read(Path.of(URI.create(iri)))
                              : null));

  @Test
  void committedSchemasAreTheOnesGeneratedFromTheRecords() throws IOException {
    Map<String, String> generated = new EventSchemas().files();
    if (Boolean.getBoolean("schemas.write")) {
      write(generated);
    }
    assertThat(committedFiles())
        .as("files in %s (%s)", SCHEMAS, REGENERATE)
        .containsExactlyInAnyOrderElementsOf(generated.keySet());
    generated.forEach(
        (file, text) ->
            assertThat(read(SCHEMAS.resolve(file)))
                .as("%s differs from the records: %s", file, REGENERATE)
                .isEqualTo(text));
  }

  static Stream<Path> approvedEnvelopes() throws IOException {
    try (Stream<Path> files = Files.list(APPROVED)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("EventJsonApprovalTest."))
          .filter(f -> f.getFileName().toString().endsWith(".approved.json"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("approvedEnvelopes")
  void everyApprovedEnvelopeIsValid(Path approved) {
    assertThat(errors(envelopeSchema(), json(read(approved)))).isEmpty();
  }

  @Test
  void theApprovedEnvelopesCoverEveryEventType() throws IOException {
    assertThat(approvedEnvelopes().map(f -> json(read(f)).get("type").asText()))
        .containsExactlyInAnyOrder(
            EventCatalog.types().stream().map(EventType::name).toArray(String[]::new));
  }

  @ParameterizedTest
  @MethodSource("org.disputeregistry.events.EventJsonApprovalTest#samples")
  void everySamplePayloadIsValidAgainstItsEventSchema(CaseEvent event) {
    EventType type = EventCatalog.typeOf(event.getClass());

    assertThat(errors(eventSchema(type), RegistryJson.mapper().valueToTree(event))).isEmpty();
  }

  @Test
  void anEnvelopeOfAnOlderRevisionIsValidWhateverItsPayload() {
    JsonNode stored =
        json(
            read(
                Path.of(
                    "src/test/resources/org/disputeregistry/events/stored/"
                        + "ReconsiderationApplicationReceived.r0.json")));

    assertThat(errors(envelopeSchema(), stored)).isEmpty();
  }

  @Test
  void anApplicationRecordedBeforeApplicantsWereAddedIsValid() {
    ObjectNode payload = payloadOf("ReconsiderationApplicationReceived");
    payload.remove(List.of("applicants", "actKind", "reviewDueOn"));

    assertThat(errors(eventSchema("ReconsiderationApplicationReceived"), payload)).isEmpty();
  }

  /** What the registry never writes is refused, and the error names the field. */
  @Nested
  class AWrongEventFails {

    static Stream<Arguments> wrongPayloads() {
      return Stream.of(
          wrong(
              "a missing required field",
              "PetitionAccepted",
              "acceptedOn",
              p -> p.remove("acceptedOn")),
          wrong(
              "null in a field that is never null",
              "PetitionRegistered",
              "caseNumber",
              p -> p.putNull("caseNumber")),
          wrong(
              "a number as a string", "PetitionRegistered", "persons", p -> p.put("persons", "7")),
          wrong(
              "a boolean as a string", "PetitionRegistered", "group", p -> p.put("group", "true")),
          wrong(
              "an amount as a number",
              "CommercialMediationAgreementSigned",
              "amount",
              p -> ((ObjectNode) p.get("amountAgreed")).put("amount", 880000.50)),
          wrong(
              "an amount in exponent notation",
              "CommercialMediationAgreementSigned",
              "amount",
              p -> ((ObjectNode) p.get("amountAgreed")).put("amount", "8.8E+5")),
          wrong(
              "a currency that is not ISO 4217",
              "CommercialMediationAgreementSigned",
              "currency",
              p -> ((ObjectNode) p.get("amountAgreed")).put("currency", "yuan")),
          wrong(
              "a value outside the enum",
              "ReconsiderationDecided",
              "outcome",
              p -> p.put("outcome", "MAYBE")),
          wrong(
              "a date that does not exist",
              "PetitionAccepted",
              "acceptedOn",
              p -> p.put("acceptedOn", "2023-02-30")),
          wrong(
              "a date with a time",
              "PetitionAccepted",
              "acceptedOn",
              p -> p.put("acceptedOn", "2023-03-01T00:00:00Z")),
          wrong(
              "a case id that is not a UUID",
              "PetitionResolved",
              "caseId",
              p -> p.put("caseId", "case-1")),
          wrong(
              "a contact without its kind",
              "ServiceContactsLogged",
              "kind",
              p -> ((ObjectNode) p.get("contacts").get(0)).remove("kind")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongPayloads")
    void inItsEventSchemaAndInTheEnvelope(
        String what, String type, String field, Consumer<ObjectNode> breakIt) {
      ObjectNode payload = payloadOf(type);
      breakIt.accept(payload);
      ObjectNode envelope = envelopeOf(type);
      envelope.set("payload", payload);

      assertThat(errors(eventSchema(type), payload)).isNotEmpty().anyMatch(names(field));
      assertThat(errors(envelopeSchema(), envelope)).isNotEmpty().anyMatch(names(field));
    }

    static Stream<Arguments> wrongEnvelopes() {
      return Stream.of(
          wrong("no case id", "PetitionResolved", "caseId", e -> e.remove("caseId")),
          wrong("a negative sequence", "PetitionResolved", "sequence", e -> e.put("sequence", -1)),
          wrong(
              "a case type that is not the event's",
              "PetitionResolved",
              "caseType",
              e -> e.put("caseType", "RECONSIDERATION")),
          wrong(
              "an unknown event type",
              "PetitionResolved",
              "type",
              e -> e.put("type", "PetitionForgotten")),
          wrong(
              "a business date that is a timestamp",
              "PetitionResolved",
              "businessDate",
              e -> e.put("businessDate", 1677628800)),
          wrong(
              "a recorded-at without a time",
              "PetitionResolved",
              "recordedAt",
              e -> e.put("recordedAt", "2023-03-01")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongEnvelopes")
    void inTheEnvelope(String what, String type, String field, Consumer<ObjectNode> breakIt) {
      ObjectNode envelope = envelopeOf(type);
      breakIt.accept(envelope);

      assertThat(errors(envelopeSchema(), envelope)).isNotEmpty().anyMatch(names(field));
    }

    private static Arguments wrong(
        String what, String type, String field, Consumer<ObjectNode> breakIt) {
      return Arguments.of(what, type, field, breakIt);
    }

    private static java.util.function.Predicate<Error> names(String field) {
      return error -> error.toString().contains(field);
    }
  }

  private static ObjectNode envelopeOf(String typeName) {
    CaseEvent sample =
        EventSamples.all().stream()
            .filter(e -> EventCatalog.typeOf(e.getClass()).name().equals(typeName))
            .findFirst()
            .orElseThrow();
    EventEnvelope envelope =
        EventEnvelope.wrap(EventSamples.EVENT_ID, 0, sample, Instant.EPOCH, "officer.li", null);
    return RegistryJson.mapper().valueToTree(envelope);
  }

  private static ObjectNode payloadOf(String typeName) {
    return (ObjectNode) envelopeOf(typeName).get("payload");
  }

  private static Schema envelopeSchema() {
    return VALIDATORS.getSchema(location(EventSchemas.ENVELOPE_FILE));
  }

  private static Schema eventSchema(EventType type) {
    return VALIDATORS.getSchema(location(EventSchemas.eventFile(type)));
  }

  private static Schema eventSchema(String typeName) {
    return eventSchema(EventCatalog.byName(typeName).orElseThrow());
  }

  private static SchemaLocation location(String file) {
    return SchemaLocation.of(SCHEMAS.resolve(file).toUri().toString());
  }

  private static List<Error> errors(Schema schema, JsonNode json) {
    return schema.validate(json);
  }

  private static List<String> committedFiles() throws IOException {
    if (!Files.isDirectory(SCHEMAS)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(SCHEMAS)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> SCHEMAS.relativize(f).toString().replace('\\', '/'))
          .toList();
    }
  }

  private static void write(Map<String, String> generated) throws IOException {
    for (String stale : committedFiles()) {
      if (!generated.containsKey(stale)) {
        Files.delete(SCHEMAS.resolve(stale));
      }
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path path = SCHEMAS.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(String text) {
    try {
      return RegistryJson.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
