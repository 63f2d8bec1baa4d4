package org.disputeregistry.command.rules;

/**
 * Four eyes: a step that needs an officer's approval (a correction, the extension of a time limit)
 * names an approver other than the officer who records it. The law has the head of the office
 * approve an extension (行政复议法 2023 Art. 62, 信访工作条例 Art. 34: "经…负责人批准"); the registry records that
 * head as a second account, never the recorder's own.
 */
public final class Approvals {

  private Approvals() {}

  /**
   * @param what the step, as a sentence starts ("A correction", "An extension")
   * @param actor the recorder, the access token's subject
   */
  public static void requireOtherOfficer(String approvedBy, String actor, String what) {
    if (approvedBy.equals(actor)) {
      throw new RuleViolation(
          ErrorCode.APPROVER_IS_ACTOR,
          "approvedBy",
          what + " is approved by another officer than the one who records it");
    }
  }
}
