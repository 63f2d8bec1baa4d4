package org.disputeregistry.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Each operation's request body in the OpenAPI description has exactly the fields of the record the
 * operation reads. Several features have a request of the same simple name ({@code AcceptRequest},
 * ...): documented under one schema name, two of them would show a client the wrong fields.
 */
class OpenApiBodiesIT extends ApiTestBase {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyRequestBodyIsDocumentedWithTheFieldsOfItsOwnRecord() {
    ResponseEntity<String> docs = get("/v3/api-docs");
    Map<String, Set<String>> documented = new TreeMap<>();
    Map<String, Set<String>> read = new TreeMap<>();
    Map<String, Set<String>> recordsBySchema = new TreeMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
        mappings.getHandlerMethods().entrySet()) {
      Class<?> body = bodyType(mapping.getValue());
      if (body == null || !body.isRecord()) {
        continue;
      }
      for (String path : mapping.getKey().getPatternValues()) {
        String ref =
            read(
                docs,
                "$.paths['"
                    + path
                    + "'].post.requestBody.content['application/json'].schema['$ref']");
        String schema = ref.substring(ref.lastIndexOf('/') + 1);
        Map<String, Object> properties =
            read(docs, "$.components.schemas['" + schema + "'].properties");
        documented.put(path, new TreeSet<>(properties.keySet()));
        recordsBySchema.computeIfAbsent(schema, name -> new TreeSet<>()).add(body.getName());
        read.put(
            path,
            Arrays.stream(body.getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new)));
      }
    }
    assertThat(documented).as("request bodies documented").hasSizeGreaterThan(40);
    assertThat(documented).isEqualTo(read);
    assertThat(recordsBySchema)
        .as("each schema name documents one record (descriptions and examples differ too)")
        .allSatisfy((schema, records) -> assertThat(records).hasSize(1));
  }

  /**
   * The workbench renders its forms from these schemas: each field of each request body (nested
   * ones too) has a type, a date says it is one, the required fields are listed, and every coded
   * field offers its choices with zh/en labels ({@code x-labels}): an enumeration exactly its
   * constants, a reference-data field its codes.
   */
  @Test
  void everyRequestFieldSaysWhatAFormNeedsIncludingTheLabelsOfItsChoices() throws Exception {
    JsonNode docs = new ObjectMapper().readTree(get("/v3/api-docs").getBody());
    JsonNode schemas = docs.path("components").path("schemas");
    Set<Class<?>> checked = new java.util.HashSet<>();
    for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
      Class<?> body = bodyType(handler);
      if (body != null && body.isRecord()) {
        String ref =
            docs.path("paths")
                .path(
                    mappings.getHandlerMethods().entrySet().stream()
                        .filter(e -> e.getValue().equals(handler))
                        .findFirst()
                        .orElseThrow()
                        .getKey()
                        .getPatternValues()
                        .iterator()
                        .next())
                .path("post")
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asText();
        checkForm(body, schemas, ref, checked);
      }
    }
    assertThat(checked).as("request records checked, nested ones too").hasSizeGreaterThan(42);
    JsonNode procedure =
        schemas.path("ReconsiderationAcceptRequest").path("properties").path("procedure");
    assertThat(procedure.path("x-labels").path("ORDINARY").path("zh").asText()).isEqualTo("普通程序");
    JsonNode community =
        schemas.path("ReceiveApplicationRequest").path("properties").path("community");
    assertThat(community.path("x-labels").path("BIYAN").path("street").asText())
        .as(community.toString())
        .isEqualTo("GUANGMING");
  }

  private static final Set<String> REFERENCE_FIELDS =
      Set.of("street", "community", "category", "centre");

  private void checkForm(Class<?> record, JsonNode schemas, String ref, Set<Class<?>> checked) {
    if (!checked.add(record)) {
      return;
    }
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    JsonNode schema = schemas.path(name);
    Set<String> required = new TreeSet<>();
    schema.path("required").forEach(field -> required.add(field.asText()));
    Set<String> mandatory = new TreeSet<>();
    for (RecordComponent component : record.getRecordComponents()) {
      String field = name + "." + component.getName();
      JsonNode property = schema.path("properties").path(component.getName());
      Method accessor = component.getAccessor();
      if (accessor.isAnnotationPresent(NotNull.class)
          || accessor.isAnnotationPresent(NotBlank.class)
          || accessor.isAnnotationPresent(NotEmpty.class)) {
        mandatory.add(component.getName());
      }
      Class<?> type = component.getType();
      if (type.isInterface()) {
        // An amendment's step, of the kind its "step" names: each kind's body is checked at its
        // own operation.
        continue;
      }
      if (property.has("$ref")) {
        checkForm(type, schemas, property.path("$ref").asText(), checked);
        continue;
      }
      assertThat(property.path("type").asText()).as(field + " has a type").isNotEmpty();
      if (type == LocalDate.class) {
        assertThat(property.path("format").asText()).as(field).isEqualTo("date");
      }
      if (type == UUID.class) {
        assertThat(property.path("format").asText()).as(field).isEqualTo("uuid");
      }
      Class<?> element = type;
      JsonNode choices = property;
      if (List.class.isAssignableFrom(type)) {
        element =
            (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
        choices = property.path("items");
        if (choices.has("$ref")) {
          checkForm(element, schemas, choices.path("$ref").asText(), checked);
          continue;
        }
      }
      if (element.isEnum()) {
        Set<String> constants = new TreeSet<>();
        for (Object constant : element.getEnumConstants()) {
          constants.add(((Enum<?>) constant).name());
        }
        Set<String> listed = new TreeSet<>();
        choices.path("enum").forEach(value -> listed.add(value.asText()));
        assertThat(listed).as(field + " enum").isEqualTo(constants);
        assertLabelled(field, choices, constants);
      } else if (REFERENCE_FIELDS.contains(component.getName())) {
        assertThat(choices.path("x-labels").size()).as(field + " x-labels " + choices).isPositive();
        assertLabelled(field, choices, null);
      }
    }
    assertThat(required).as(name + " required").isEqualTo(mandatory);
  }

  private static void assertLabelled(String field, JsonNode choices, Set<String> codes) {
    JsonNode labels = choices.path("x-labels");
    Set<String> labelled = new TreeSet<>();
    labels.fieldNames().forEachRemaining(labelled::add);
    if (codes != null) {
      assertThat(labelled).as(field + " x-labels").isEqualTo(codes);
    }
    labels.forEach(
        label -> {
          assertThat(label.path("zh").asText()).as(field).isNotBlank();
          assertThat(label.path("en").asText()).as(field).isNotBlank();
        });
  }

  private static Class<?> bodyType(HandlerMethod method) {
    for (MethodParameter parameter : method.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(RequestBody.class)) {
        return parameter.getParameterType();
      }
    }
    return null;
  }
}
