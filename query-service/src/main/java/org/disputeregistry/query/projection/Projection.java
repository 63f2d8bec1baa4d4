package org.disputeregistry.query.projection;

import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;

/**
 * A read model fed by case events; called once per event, in case order, in a transaction.
 *
 * <p>The {@link Projector} makes every projection exactly-once, dead-letters what it rejects, and
 * feeds it in a rebuild and on every instance. For the rebuild to work unseen, a projection writes
 * only through the injected {@link ReadModelWrites} (or {@code JdbcTemplate}), with unqualified
 * table names (a rebuild points the transaction at its shadow schema), into tables that a Flyway
 * migration creates: plain tables, no views, no foreign keys between them. It has no effects
 * outside the transaction.
 */
public interface Projection {

  /**
   * Applies one event.
   *
   * @throws RuntimeException if the event breaks a rule of the read model (it is then parked)
   */
  void apply(EventEnvelope envelope, CaseEvent event);

  /**
   * Deletes the case's rows: a correction of one of its steps is followed by its events in effect,
   * applied again from its opening ({@link CaseHistories}).
   */
  void forget(CaseId caseId);
}
