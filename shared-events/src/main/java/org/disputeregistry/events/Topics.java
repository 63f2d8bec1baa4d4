package org.disputeregistry.events;

/** Kafka topic names shared by producer and consumers. */
public final class Topics {

  /** Every case event, keyed by case id so that the order per case is kept. */
  public static final String CASE_EVENTS = "registry.case-events";

  private Topics() {}
}
