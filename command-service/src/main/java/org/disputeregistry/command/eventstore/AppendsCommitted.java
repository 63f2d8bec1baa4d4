package org.disputeregistry.command.eventstore;

/** Told after each transaction that appended events has committed: the events are readable. */
@FunctionalInterface
public interface AppendsCommitted {

  void committed();
}
