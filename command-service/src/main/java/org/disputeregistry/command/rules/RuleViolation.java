package org.disputeregistry.command.rules;

/** A command that breaks a rule of the registry; it changed nothing. */
public class RuleViolation extends RuntimeException {

  private final ErrorCode code;
  private final String field;

  public RuleViolation(ErrorCode code, String field, String message) {
    super(message);
    this.code = code;
    this.field = field;
  }

  public ErrorCode code() {
    return code;
  }

  /** The request field at fault, or null when the rule is about the case as a whole. */
  public String field() {
    return field;
  }
}
