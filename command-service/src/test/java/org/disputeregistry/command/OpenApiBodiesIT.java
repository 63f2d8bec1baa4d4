package org.disputeregistry.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

  private static Class<?> bodyType(HandlerMethod method) {
    for (MethodParameter parameter : method.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(RequestBody.class)) {
        return parameter.getParameterType();
      }
    }
    return null;
  }
}
