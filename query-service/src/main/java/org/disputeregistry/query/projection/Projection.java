package org.disputeregistry.query.projection;

import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.EventEnvelope;

/** A read model fed by case events; called once per event, in case order, in a transaction. */
public interface Projection {

  /**
   * Applies one event.
   *
   * @throws RuntimeException if the event breaks a rule of the read model (it is then parked)
   */
  void apply(EventEnvelope envelope, CaseEvent event);
}
