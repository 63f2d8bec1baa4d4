package org.disputeregistry.command.lifecycle;

import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Ownership;

/** Rules shared by the commands that open a case under a client-chosen id. */
public final class Openings {

  private Openings() {}

  /**
   * An opening under the id of a case already opened: the same opening again (a retry) is answered
   * as already recorded; a different one is another case and refused.
   *
   * @param opening the event this opening would record
   * @param recorded the event that opened the case
   */
  public static Recorded again(Object opening, Object recorded, CaseId caseId, Enum<?> state) {
    if (SameContent.same(opening, recorded)) {
      return Recorded.alreadyOpened(caseId, state);
    }
    throw idTaken(caseId);
  }

  /**
   * A case is opened and written only by someone who acts for its owning organisation (or one that
   * may write it, such as the district petition office for a street's petitions); checked before
   * anything else, so a refused command records and reveals nothing.
   *
   * @param opening the event that opens (or opened) the case
   * @param organisation the organisation the caller acts for, or null
   */
  public static void requireMayWrite(CaseEvent opening, String organisation) {
    String owner = Ownership.ofOpening(opening);
    if (!Ownership.mayWrite(organisation, owner)) {
      throw new WrongOrganisation(owner, organisation);
    }
  }

  /** The same id with a different opening is another case, not a retry. */
  public static RuleViolation idTaken(CaseId caseId) {
    return new RuleViolation(
        ErrorCode.CASE_ID_TAKEN,
        "caseId",
        "Case " + caseId + " was already opened with different content");
  }
}
