package org.disputeregistry.command.rules;

/**
 * Stable codes of the rules a command can break; clients branch on these, never on messages. Each
 * knows whether it means bad input (the request can never succeed), a conflict with the current
 * state of the case, or a failed precondition of the client ({@code If-Match}).
 */
public enum ErrorCode {
  /** The case id already names a case with different content, or a case of another type. */
  CASE_ID_TAKEN(Kind.CONFLICT),
  /** Another case of the same type and year already has this case number (or site and day). */
  CASE_NUMBER_TAKEN(Kind.CONFLICT),
  /** The step id was already used for a different step of this case. */
  STEP_ID_TAKEN(Kind.CONFLICT),
  /** The step is not allowed in the case's current state (the message names the state). */
  ILLEGAL_TRANSITION(Kind.CONFLICT),
  /** The single extension of a time limit was already used. */
  EXTENSION_ALREADY_USED(Kind.CONFLICT),
  /** An extension recorded on or after the due date it extends: a lapsed period is not revived. */
  EXTENSION_AFTER_DUE_DATE(Kind.CONFLICT),
  /** A statutory period has not run out yet, or has already run out, for this step. */
  TIME_LIMIT(Kind.CONFLICT),
  /** The mediator named is not the one appointed to the case. */
  NOT_THE_APPOINTED_MEDIATOR(Kind.CONFLICT),
  /** A step refers to another step that this case does not have (or no longer has). */
  UNKNOWN_STEP(Kind.CONFLICT),
  /** A correction of a step that later steps follow: those are retracted first, latest first. */
  NOT_THE_LATEST_STEP(Kind.CONFLICT),
  /** An amendment that records another kind of step than the one it amends. */
  NOT_THE_SAME_STEP(Kind.INVALID),
  /**
   * A correction or an extension approved by the officer who records it (it needs a second one).
   */
  APPROVER_IS_ACTOR(Kind.INVALID),
  /** The client's expected version of the case ({@code If-Match}) is not the current one. */
  VERSION_MISMATCH(Kind.PRECONDITION),
  /** A business date lies after today. */
  DATE_IN_FUTURE(Kind.INVALID),
  /** A business date before the registry's earliest plausible date. */
  DATE_TOO_EARLY(Kind.INVALID),
  /** A business date before the date of the step it follows. */
  DATE_BEFORE_PREVIOUS_STEP(Kind.INVALID),
  /** A code that the reference data does not know (street, community, category, centre). */
  UNKNOWN_REFERENCE(Kind.INVALID),
  /** An amount that is negative, too precise for its currency, or in an unknown currency. */
  INVALID_AMOUNT(Kind.INVALID),
  /** A value outside what the rule allows (an extension longer than 30 days, ...). */
  OUT_OF_RANGE(Kind.INVALID),
  /**
   * A due date would fall in a year for which the registry holds no statutory calendar (State
   * Council holiday notice): it is not guessed.
   */
  NO_CALENDAR_FOR_YEAR(Kind.INVALID),
  /**
   * A procedure or decision that the law in force on the case's receipt date does not have (the
   * simplified procedure for an application received before 2024, ...).
   */
  NOT_PROVIDED_BY_LAW(Kind.INVALID),
  /** The If-Match header is not the ETag of a case version. */
  INVALID_IF_MATCH(Kind.INVALID);

  /** How the REST layer reports a violation: 400, 409 or 412. */
  public enum Kind {
    INVALID,
    CONFLICT,
    PRECONDITION
  }

  private final Kind kind;

  ErrorCode(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
