package org.disputeregistry.query.projection;

/** Which read model a projector writes: the live one, or the shadow copy that a rebuild fills. */
public enum Target {
  LIVE,
  SHADOW;

  /** The schema of the shadow tables: same names as the live ones, so projections never know. */
  public static final String SHADOW_SCHEMA = "rebuild";
}
