package org.disputeregistry.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A step as it should have been recorded, inside the event that amends it: the step's event type (a
 * name of the {@link EventCatalog}, at its current revision) and its fields, exactly as that
 * event's payload.
 */
public record AmendedStep(String type, JsonNode fields) {

  public static AmendedStep of(StepEvent step) {
    return new AmendedStep(
        EventCatalog.typeOf(step.getClass()).name(), RegistryJson.mapper().valueToTree(step));
  }

  /**
   * The step's event.
   *
   * @throws UnreadableEventException if the type is unknown or not a step, or the fields do not fit
   */
  public StepEvent event() {
    EventType eventType =
        EventCatalog.byName(type)
            .orElseThrow(() -> new UnreadableEventException("Unknown event type " + type, null));
    if (!StepEvent.class.isAssignableFrom(eventType.javaType())) {
      throw new UnreadableEventException(type + " is not a step", null);
    }
    try {
      return (StepEvent) RegistryJson.mapper().treeToValue(fields, eventType.javaType());
    } catch (JsonProcessingException e) {
      throw new UnreadableEventException(
          "Fields of " + type + " do not fit: " + e.getOriginalMessage(), e);
    }
  }
}
