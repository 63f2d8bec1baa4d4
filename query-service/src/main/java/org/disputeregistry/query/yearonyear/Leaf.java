package org.disputeregistry.query.yearonyear;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One comparable value of a figures JSON, named by its path: a count or amount, a duration's mean
 * or median, a rate's percent with its parts. Labels, names, definitions and dates are not values.
 */
record Leaf(Kind kind, JsonNode value, Long numerator, Long denominator) {

  enum Kind {
    COUNT,
    AMOUNT,
    RATE,
    DAYS
  }

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

  /** The members of a list element that name it in a path ({@code closedByOutcome.<code>}). */
  private static final String[] KEYS = {"code", "currency", "key"};

  /** Every value of a figures JSON object, in its order, by path. */
  static Map<String, Leaf> of(JsonNode figures) {
    Map<String, Leaf> leaves = new LinkedHashMap<>();
    if (figures != null && figures.isObject()) {
      walk("", figures, false, leaves);
    }
    return leaves;
  }

  /** The value as an exact decimal; null when there is none (no value, or suppressed). */
  BigDecimal decimal() {
    return decimal(value);
  }

  static BigDecimal decimal(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
  }

  private static void walk(String prefix, JsonNode object, boolean days, Map<String, Leaf> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      String name = member.getKey();
      if (prefix.isEmpty() && name.equals("suppressed")) {
        continue;
      }
      leaf(prefix + name, member.getValue(), days, out);
    }
  }

  private static void leaf(String path, JsonNode node, boolean days, Map<String, Leaf> out) {
    if (node.isObject() && node.has("numerator") && node.has("denominator")) {
      out.put(
          path,
          new Leaf(
              Kind.RATE,
              node.get("percent"),
              longOf(node.get("numerator")),
              longOf(node.get("denominator"))));
    } else if (node.isObject()) {
      walk(path + ".", node, node.has("mean") && node.has("median"), out);
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        String key = key(element);
        if (key != null) {
          walk(path + "." + key + ".", element, false, out);
        }
      }
    } else if (node.isNumber()) {
      out.put(
          path,
          new Leaf(
              days ? Kind.DAYS : node.isIntegralNumber() ? Kind.COUNT : Kind.AMOUNT,
              node,
              null,
              null));
    } else if (node.isTextual() && DECIMAL.matcher(node.asText()).matches()) {
      out.put(path, new Leaf(Kind.AMOUNT, node, null, null));
    } else if (node.isNull()) {
      out.put(path, new Leaf(null, node, null, null));
    }
  }

  private static String key(JsonNode element) {
    for (String key : KEYS) {
      if (element.hasNonNull(key)) {
        return element.get(key).asText();
      }
    }
    return null;
  }

  private static Long longOf(JsonNode node) {
    return node == null || node.isNull() ? null : node.asLong();
  }
}
