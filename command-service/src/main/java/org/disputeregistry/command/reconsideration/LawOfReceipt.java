package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.statutory.law.ReconsiderationLaw;

/**
 * Refuses a procedure or decision that the law in force on the case's receipt date does not have
 * ({@link ErrorCode#NOT_PROVIDED_BY_LAW}): a case received in 2023 has no simplified procedure, no
 * extension of its correction period, and cannot be confirmed invalid, whatever the date of the
 * step.
 */
final class LawOfReceipt {

  private LawOfReceipt() {}

  static void requireProvides(ReconsiderationLaw law, Procedure procedure, LocalDate receivedOn) {
    if (!law.provides(procedure)) {
      throw refused(
          "procedure", law, receivedOn, procedure + " procedure", law.sourceOf(procedure));
    }
  }

  static void requireProvides(
      ReconsiderationLaw law, DecisionOutcome outcome, LocalDate receivedOn) {
    if (!law.provides(outcome)) {
      throw refused("outcome", law, receivedOn, outcome + " decision", law.sourceOf(outcome));
    }
  }

  /** The earlier law has no extension of the correction period (2023 Art. 31 introduced it). */
  static void requireCorrectionExtensible(ReconsiderationLaw law) {
    if (!law.correctionExtensible()) {
      throw new RuleViolation(
          ErrorCode.NOT_PROVIDED_BY_LAW,
          null,
          "The case follows "
              + law.title()
              + ", which has no extension of the correction period ("
              + ReconsiderationLaw.CORRECTION_EXTENSION_SOURCE
              + " applies to applications received from "
              + ReconsiderationLaw.REVISION_2023_IN_FORCE
              + ")");
    }
  }

  private static RuleViolation refused(
      String field, ReconsiderationLaw law, LocalDate receivedOn, String what, String source) {
    return new RuleViolation(
        ErrorCode.NOT_PROVIDED_BY_LAW,
        field,
        "The application was received on "
            + receivedOn
            + " and follows "
            + law.title()
            + ", which has no "
            + what
            + " ("
            + source
            + " applies to applications received from "
            + ReconsiderationLaw.REVISION_2023_IN_FORCE
            + ")");
  }
}
