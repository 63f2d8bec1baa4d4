package org.disputeregistry.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of a JSON document: every member's path and kind (object, array, string, number, ...),
 * arrays by their first element. Two answers of the same form have the same shape whatever their
 * figures; an example in the docs that drifted from the API has another.
 */
public final class JsonShapes {

  private JsonShapes() {}

  /**
   * {@code documented} has every member of {@code real}, of the same kind (a null is of any kind),
   * and no other but under an array that is empty in {@code real}.
   */
  public static void assertSameForm(String what, String documented, String real) {
    Map<String, String> doc = of(documented);
    Map<String, String> answer = of(real);
    answer.forEach(
        (path, kind) -> {
          assertThat(doc).as(what + " has " + path).containsKey(path);
          if (!kind.equals("null") && !doc.get(path).equals("null")) {
            assertThat(doc.get(path)).as(what + ": " + path).isEqualTo(kind);
          }
        });
    List<String> emptyArrays =
        answer.entrySet().stream()
            .filter(e -> e.getValue().equals("array"))
            .map(e -> e.getKey() + "[]")
            .filter(prefix -> answer.keySet().stream().noneMatch(p -> p.startsWith(prefix)))
            .toList();
    doc.keySet().stream()
        .filter(path -> !answer.containsKey(path))
        .forEach(
            path ->
                assertThat(emptyArrays)
                    .as(what + " has " + path + ", which the real answer does not")
                    .anyMatch(path::startsWith));
  }

  static Map<String, String> of(String json) {
    try {
      Map<String, String> shape = new LinkedHashMap<>();
      walk("$", new ObjectMapper().readTree(json), shape);
      return shape;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void walk(String path, JsonNode node, Map<String, String> shape) {
    if (node.isObject()) {
      shape.put(path, "object");
      node.fields().forEachRemaining(f -> walk(path + "." + f.getKey(), f.getValue(), shape));
    } else if (node.isArray()) {
      shape.put(path, "array");
      if (!node.isEmpty()) {
        walk(path + "[]", node.get(0), shape);
      }
    } else {
      shape.put(path, node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
