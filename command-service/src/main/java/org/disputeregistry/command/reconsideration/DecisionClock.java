package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import org.disputeregistry.command.rules.IllegalTransition;
import org.disputeregistry.command.rules.StatutoryDays;
import org.disputeregistry.command.rules.TimeLimit;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationProcedureConvertedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationResumedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationSuspendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;

/**
 * The time limit of an accepted case's decision: its procedure's days from acceptance (ORDINARY 60,
 * SIMPLIFIED 30), standing still while the review is suspended, extended at most once and only in
 * the ORDINARY procedure; a SIMPLIFIED review converted to ORDINARY gets the ordinary days from the
 * same start. The case and its view evolve it from the same events ({@link #after}).
 */
record DecisionClock(Procedure procedure, TimeLimit limit) {

  static DecisionClock accepted(ReconsiderationAcceptedEvent event) {
    return new DecisionClock(
        event.procedure(), TimeLimit.of(event.acceptedOn(), daysToDecide(event.procedure())));
  }

  static int daysToDecide(Procedure procedure) {
    return procedure == Procedure.ORDINARY
        ? StatutoryDays.RECONSIDERATION_ORDINARY
        : StatutoryDays.RECONSIDERATION_SIMPLIFIED;
  }

  /** The clock after a step of the review; the steps that do not touch it leave it. */
  DecisionClock after(StepEvent step) {
    if (step instanceof ReconsiderationSuspendedEvent suspended) {
      return new DecisionClock(procedure, limit.suspend(suspended.suspendedOn()));
    }
    if (step instanceof ReconsiderationResumedEvent resumed) {
      return new DecisionClock(procedure, limit.resume(resumed.resumedOn()));
    }
    if (step instanceof ReconsiderationTimeLimitExtendedEvent extended) {
      return new DecisionClock(procedure, limit.extend(extended.days()));
    }
    if (step instanceof ReconsiderationProcedureConvertedEvent converted) {
      return new DecisionClock(
          converted.procedure(), limit.withDays(daysToDecide(converted.procedure())));
    }
    return this;
  }

  void requireExtensible(ReconsiderationState state) {
    if (procedure != Procedure.ORDINARY) {
      throw new IllegalTransition(
          "an extension", state, "in the ORDINARY procedure (convert the SIMPLIFIED one first)");
    }
  }

  void requireConvertible(ReconsiderationState state) {
    if (procedure != Procedure.SIMPLIFIED) {
      throw new IllegalTransition(
          "a procedure conversion", state, "for a SIMPLIFIED review (this one is ORDINARY)");
    }
  }

  /** The due date after an extension by these days (refused if used or out of range). */
  LocalDate dueOnExtendedBy(int days) {
    return limit.extend(days).dueOn();
  }

  LocalDate dueOnResumedOn(LocalDate resumedOn) {
    return limit.resume(resumedOn).dueOn();
  }

  LocalDate dueOnConverted() {
    return limit.withDays(StatutoryDays.RECONSIDERATION_ORDINARY).dueOn();
  }
}
