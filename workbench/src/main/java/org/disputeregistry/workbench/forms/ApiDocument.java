package org.disputeregistry.workbench.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
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

  ApiDocument(Apis apis) {
    this.apis = apis;
  }

  Optional<FormSpec> form(String path) {
    return reader().form(path);
  }

  List<String> steps(String collection) {
    return reader().steps(collection);
  }

  private SchemaReader reader() {
    SchemaReader current = reader;
    if (current == null) {
      JsonNode document = apis.command().get("/v3/api-docs");
      current = new SchemaReader(document);
      reader = current;
    }
    return current;
  }
}
