package org.disputeregistry.command.lifecycle;

import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.CaseId;

/** Rules shared by the commands that open a case under a client-chosen id. */
public final class Openings {

  private Openings() {}

  /** The same id with a different opening is another case, not a retry. */
  public static RuleViolation idTaken(CaseId caseId) {
    return new RuleViolation(
        ErrorCode.CASE_ID_TAKEN,
        "caseId",
        "Case " + caseId + " was already opened with different content");
  }
}
