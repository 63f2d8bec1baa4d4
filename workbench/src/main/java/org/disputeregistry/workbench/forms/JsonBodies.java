package org.disputeregistry.workbench.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The JSON body of a form as the schema types it: numbers as JSON numbers, booleans as booleans,
 * groups as objects, rows as arrays. An empty input is left out (the API says if it was required);
 * a number that does not read as one is sent as typed, for the API to name the field ({@code
 * WRONG_TYPE}), rather than the workbench checking it a second time.
 */
final class JsonBodies {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonBodies() {}

  static ObjectNode body(FormSpec form, FormValues values) {
    return object(form.fields(), "", values);
  }

  private static ObjectNode object(List<FieldSpec> fields, String prefix, FormValues values) {
    ObjectNode object = JSON.objectNode();
    for (FieldSpec field : fields) {
      JsonNode value = value(field, prefix + field.name(), values);
      if (value != null) {
        object.set(field.name(), value);
      }
    }
    return object;
  }

  private static JsonNode value(FieldSpec field, String name, FormValues values) {
    return switch (field.kind()) {
      case GROUP -> {
        ObjectNode group = object(field.members(), name + ".", values);
        yield group.isEmpty() ? null : group;
      }
      case ROWS -> {
        ArrayNode rows = JSON.arrayNode();
        for (int index : values.rows(name)) {
          JsonNode row = value(field.item(), name + "[" + index + "]", values);
          if (row != null) {
            rows.add(row);
          }
        }
        yield rows.isEmpty() ? null : rows;
      }
      case BOOLEAN -> {
        boolean checked = "true".equals(values.value(name));
        yield checked || field.required() ? JSON.booleanNode(checked) : null;
      }
      default -> scalar(field, values.value(name).strip());
    };
  }

  private static JsonNode scalar(FieldSpec field, String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return switch (field.kind()) {
        case INTEGER -> JSON.numberNode(new BigInteger(text));
        case NUMBER -> JSON.numberNode(new BigDecimal(text));
        default -> JSON.textNode(text);
      };
    } catch (NumberFormatException notANumber) {
      return JSON.textNode(text);
    }
  }
}
