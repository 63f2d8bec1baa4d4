package org.disputeregistry.command.rules;

/** A step that the case's current state does not allow; the answer names that state. */
public class IllegalTransition extends RuleViolation {

  private final String currentState;

  public IllegalTransition(String step, Enum<?> currentState, String allowedWhen) {
    super(
        ErrorCode.ILLEGAL_TRANSITION,
        null,
        "The case is " + currentState + ": " + step + " can be recorded only " + allowedWhen);
    this.currentState = currentState.name();
  }

  public String currentState() {
    return currentState;
  }
}
