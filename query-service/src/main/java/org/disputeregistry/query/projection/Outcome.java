package org.disputeregistry.query.projection;

/** What became of one event: applied, recognised as a repeat, or parked with a reason. */
public record Outcome(Kind kind, String reason) {

  public enum Kind {
    APPLIED,
    DUPLICATE,
    PARKED
  }

  static final Outcome APPLIED = new Outcome(Kind.APPLIED, null);
  static final Outcome DUPLICATE = new Outcome(Kind.DUPLICATE, null);

  static Outcome parked(String reason) {
    return new Outcome(Kind.PARKED, reason);
  }
}
