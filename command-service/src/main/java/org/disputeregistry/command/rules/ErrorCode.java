package org.disputeregistry.command.rules;

/**
 * Stable codes of the rules a command can break; clients branch on these, never on messages. Each
 * knows whether it means bad input (the request can never succeed) or a conflict with the current
 * state of the case.
 */
public enum ErrorCode {
  /** The case id already names a case with different content. */
  CASE_ID_TAKEN(Kind.CONFLICT),
  /** Another case of the same type and year already has this case number. */
  CASE_NUMBER_TAKEN(Kind.CONFLICT),
  /** A business date lies after today. */
  DATE_IN_FUTURE(Kind.INVALID),
  /** A business date before the registry's earliest plausible date. */
  DATE_TOO_EARLY(Kind.INVALID),
  /** A code that the reference data does not know (street, community, category). */
  UNKNOWN_REFERENCE(Kind.INVALID),
  /** The actor header is not a plausible user name. */
  INVALID_ACTOR(Kind.INVALID);

  /** How the REST layer reports a violation. */
  public enum Kind {
    INVALID,
    CONFLICT
  }

  private final Kind kind;

  ErrorCode(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
