package org.disputeregistry.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One line of a back-fill file: a case opened with the body of {@code POST /api/<type>} and its
 * steps with the bodies of {@code POST /api/<type>/{caseId}/<step>} (see the README).
 */
final class CaseLine {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode line = NODES.objectNode();
  private final ArrayNode steps;

  private CaseLine(String type, ObjectNode open) {
    line.put("type", type);
    line.set("open", open);
    steps = line.putArray("steps");
  }

  static CaseLine open(String type, UUID caseId, Object... fields) {
    ObjectNode open = body(fields);
    open.put("caseId", caseId.toString());
    return new CaseLine(type, open);
  }

  CaseLine step(String step, Object... fields) {
    ObjectNode body = body(fields);
    body.put("step", step);
    steps.add(body);
    return this;
  }

  String json() {
    try {
      return JSON.writeValueAsString(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** CNY as the API takes it: an exact decimal number, never a float. */
  static ObjectNode cny(BigDecimal amount) {
    return NODES.objectNode().put("amount", amount).put("currency", "CNY");
  }

  private static ObjectNode body(Object... fields) {
    ObjectNode body = NODES.objectNode();
    for (int i = 0; i < fields.length; i += 2) {
      body.set((String) fields[i], node(fields[i + 1]));
    }
    return body;
  }

  private static JsonNode node(Object value) {
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof Integer n) {
      return NODES.numberNode(n);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof java.util.Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach((key, item) -> object.set((String) key, node(item)));
      return object;
    }
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(item -> array.add(node(item)));
      return array;
    }
    if (value instanceof LocalDate || value instanceof Enum<?> || value instanceof String) {
      return NODES.textNode(value.toString());
    }
    throw new IllegalArgumentException("Not a body value: " + value);
  }
}
