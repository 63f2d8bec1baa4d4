package org.disputeregistry.workbench.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputeregistry.workbench.api.Apis;
import org.springframework.stereotype.Component;

/**
 * The command API's OpenAPI document, fetched once (as the first user to need a form; the document
 * is public) and kept: it changes only with a new release of the service, which the workbench's
 * restart follows. Two users fetching it at once is harmless.
 */
@Component
class ApiDocument {

  private final Apis apis;
  private volatile SchemaReader reader;
  private volatile Map<String, Map<String, Map<String, String>>> codeLabels = Map.of();

  ApiDocument(Apis apis) {
    this.apis = apis;
  }

  Optional<FormSpec> form(String path) {
    return reader().form(path);
  }

  List<String> steps(String collection) {
    return reader().steps(collection);
  }

  /** A code's labels ({@code zh}, {@code en}) as a coded field of that name has them. */
  Map<String, String> codeLabel(String field, String code) {
    reader();
    return codeLabels.getOrDefault(field, Map.of()).getOrDefault(code, Map.of());
  }

  /** A code's labels as the first coded field that has the code has them. */
  Map<String, String> anyCodeLabel(String code) {
    reader();
    return codeLabels.values().stream()
        .map(choices -> choices.getOrDefault(code, Map.of()))
        .filter(label -> !label.isEmpty())
        .findFirst()
        .orElse(Map.of());
  }

  private SchemaReader reader() {
    SchemaReader current = reader;
    if (current == null) {
      JsonNode document = apis.command().get("/v3/api-docs");
      current = new SchemaReader(document);
      codeLabels = current.codeLabels();
      reader = current;
    }
    return current;
  }
}
