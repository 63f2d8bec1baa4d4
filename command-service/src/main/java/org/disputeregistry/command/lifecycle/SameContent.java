package org.disputeregistry.command.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import org.disputeregistry.events.RegistryJson;

/**
 * Whether a retried request says the same as what was recorded: its JSON form, with amounts of
 * money compared by value ({@code 23685299.6} is {@code 23685299.60}, as a JavaScript client sends
 * it), since events recorded before amounts were stored normalised keep the client's scale.
 */
final class SameContent {

  private static final ObjectMapper JSON = RegistryJson.mapper();

  private SameContent() {}

  /** Both say the same, field by field. */
  static boolean same(Object asked, Object recorded) {
    return comparable(asked).equals(comparable(recorded));
  }

  /** The JSON form of a request or event, with amounts of money without trailing zeros. */
  static JsonNode comparable(Object value) {
    JsonNode tree = JSON.valueToTree(value);
    stripAmounts(tree);
    return tree;
  }

  private static void stripAmounts(JsonNode node) {
    if (node instanceof ObjectNode object && isMoney(object)) {
      try {
        BigDecimal amount = new BigDecimal(object.get("amount").asText());
        object.put("amount", amount.stripTrailingZeros().toPlainString());
      } catch (NumberFormatException notAnAmount) {
        // Not a number: compared as written.
      }
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      stripAmounts(it.next().getValue());
    }
    if (node.isArray()) {
      node.forEach(SameContent::stripAmounts);
    }
  }

  /** Money's JSON form: {"amount":"…","currency":"…"}. */
  private static boolean isMoney(ObjectNode object) {
    return object.size() == 2
        && object.path("amount").isTextual()
        && object.path("currency").isTextual();
  }
}
