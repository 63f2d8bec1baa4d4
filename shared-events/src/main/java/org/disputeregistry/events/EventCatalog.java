package org.disputeregistry.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;

/** Every event type that the registry publishes, with its wire name and current revision. */
public final class EventCatalog {

  private static final List<EventType> TYPES =
      List.of(
          new EventType(
              "ReconsiderationApplicationReceived",
              1,
              CaseType.RECONSIDERATION,
              ReconsiderationApplicationReceivedEvent.class));

  private static final Map<String, EventType> BY_NAME =
      TYPES.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
  private static final Map<Class<?>, EventType> BY_CLASS =
      TYPES.stream()
          .collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

  private EventCatalog() {}

  public static List<EventType> types() {
    return TYPES;
  }

  public static Optional<EventType> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /**
   * Reads the payload of an envelope as its event record.
   *
   * @throws UnreadableEventException for an unknown type or revision, or a payload that does not
   *     fit the record
   */
  public static CaseEvent decode(EventEnvelope envelope) {
    EventType type =
        byName(envelope.type())
            .orElseThrow(
                () -> new UnreadableEventException("Unknown event type " + envelope.type(), null));
    if (envelope.revision() != type.revision()) {
      throw new UnreadableEventException(
          "No reader for " + type.name() + " revision " + envelope.revision(), null);
    }
    try {
      return RegistryJson.mapper().treeToValue(envelope.payload(), type.javaType());
    } catch (JsonProcessingException e) {
      throw new UnreadableEventException(
          "Payload of " + type.name() + " does not fit: " + e.getOriginalMessage(), e);
    }
  }

  public static Optional<EventType> byJavaType(Class<?> javaType) {
    return Optional.ofNullable(BY_CLASS.get(javaType));
  }

  public static EventType typeOf(Class<?> javaType) {
    return byJavaType(javaType)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Not an event of the catalogue: " + javaType.getName()));
  }
}
