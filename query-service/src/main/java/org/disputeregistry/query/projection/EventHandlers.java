package org.disputeregistry.query.projection;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.disputeregistry.events.CaseEvent;

/** Dispatches an event to the handler registered for its type; other events are ignored. */
public final class EventHandlers {

  private final Map<Class<?>, Consumer<CaseEvent>> byType = new HashMap<>();

  public <E extends CaseEvent> EventHandlers on(Class<E> type, Consumer<E> handler) {
    byType.put(type, event -> handler.accept(type.cast(event)));
    return this;
  }

  public void handle(CaseEvent event) {
    Consumer<CaseEvent> handler = byType.get(event.getClass());
    if (handler != null) {
      handler.accept(event);
    }
  }
}
