package org.disputeregistry.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every upcaster of the registry, chained per event type: a payload of revision r passes through
 * the upcasters r, r+1, ... until it has the catalogue's current revision.
 */
public final class Upcasters {

  private static final List<Upcaster> ALL =
      List.of(
          // Revision 0 kept the place as one "STREET/COMMUNITY" field and named the respondent
          // "agency".
          Upcaster.of(
              "ReconsiderationApplicationReceived",
              0,
              payload -> {
                String[] place = payload.remove("location").asText().split("/", 2);
                payload.put("street", place[0]);
                payload.put("community", place.length > 1 ? place[1] : "");
                payload.set("respondentAgency", payload.remove("agency"));
                return payload;
              }));

  private static final Map<String, Upcaster> BY_STEP =
      ALL.stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  u -> step(u.type(), u.fromRevision()), Function.identity()));

  private Upcasters() {}

  /**
   * The payload of {@code type} in revision {@code target}.
   *
   * @throws UnreadableEventException if the payload is newer than {@code target}, not an object, or
   *     a step of the chain is missing
   */
  public static JsonNode upcast(String type, int revision, int target, JsonNode payload) {
    if (revision == target) {
      return payload;
    }
    if (revision > target || !payload.isObject()) {
      throw new UnreadableEventException("No reader for " + type + " revision " + revision, null);
    }
    ObjectNode json = ((ObjectNode) payload).deepCopy();
    for (int r = revision; r < target; r++) {
      Upcaster upcaster = BY_STEP.get(step(type, r));
      if (upcaster == null) {
        throw new UnreadableEventException("No reader for " + type + " revision " + revision, null);
      }
      try {
        json = upcaster.upcast(json);
      } catch (RuntimeException e) {
        throw new UnreadableEventException(
            "Cannot upcast " + type + " from revision " + r + ": " + e, e);
      }
    }
    return json;
  }

  private static String step(String type, int fromRevision) {
    return type + "@" + fromRevision;
  }
}
