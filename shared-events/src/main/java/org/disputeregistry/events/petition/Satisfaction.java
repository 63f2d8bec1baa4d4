package org.disputeregistry.events.petition;

/** The petitioner's rating of the handling. */
public enum Satisfaction {
  SATISFIED,
  BASICALLY_SATISFIED,
  DISSATISFIED
}
