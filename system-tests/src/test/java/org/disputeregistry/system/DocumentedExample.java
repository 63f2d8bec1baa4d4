package org.disputeregistry.system;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * An answer of the API as the docs show it: indented two spaces, members in the order served,
 * numbers as written, and the time of the answer ({@code asOf}) fixed, so that the example changes
 * only when the answer's form or figures do.
 */
final class DocumentedExample {

  static final String AS_OF = "2024-01-31T16:00:00Z";

  private DocumentedExample() {}

  static String of(String answer) throws IOException {
    ObjectMapper json =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    ObjectNode tree = (ObjectNode) json.readTree(answer);
    if (tree.has("asOf")) {
      tree.put("asOf", AS_OF);
    }
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return json.writer(printer).writeValueAsString(tree) + "\n";
  }
}
