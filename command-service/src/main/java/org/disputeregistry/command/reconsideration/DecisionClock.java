package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import org.disputeregistry.command.rules.IllegalTransition;
import org.disputeregistry.command.rules.TimeLimit;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationProcedureConvertedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationResumedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationSuspendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;
import org.disputeregistry.statutory.law.ReconsiderationLaw;
import org.disputeregistry.statutory.law.StatutoryPeriod;

/**
 * The time limit of an accepted case's decision: its procedure's period under the case's law
 * ({@link ReconsiderationLaw#decision}: ORDINARY 60 days, SIMPLIFIED 30, off a rest day), standing
 * still while the review is suspended, extended at most once and only in the ORDINARY procedure; a
 * SIMPLIFIED review converted to ORDINARY gets the ordinary period from the same start. The case
 * and its view evolve it from the same events ({@link #after}); {@code dueOn} is the due date the
 * last of them carried.
 */
record DecisionClock(Procedure procedure, TimeLimit limit, LocalDate dueOn) {

  /**
   * From the day the acceptance took effect: the day it was recorded, or for a deemed one the day
   * the law says ({@link ReviewPeriod#acceptedByLawOn}). A deemed acceptance recorded before the
   * period ran from that day keeps the due date it carries until a later step computes one.
   */
  static DecisionClock accepted(
      ReconsiderationAcceptedEvent event, ReviewPeriod review, ReconsiderationLaw law) {
    LocalDate start = review.acceptedByLawOn(event.deemed(), event.acceptedOn(), law);
    return new DecisionClock(
        event.procedure(),
        TimeLimit.of(start, period(law, event.procedure())),
        event.decisionDueOn());
  }

  /**
   * The decision period of the procedure under the law. A SIMPLIFIED case under the earlier law can
   * only come from events recorded before the law was chosen by receipt date; it keeps the period
   * it was recorded with.
   */
  private static StatutoryPeriod period(ReconsiderationLaw law, Procedure procedure) {
    return law.provides(procedure)
        ? law.decision(procedure)
        : ReconsiderationLaw.REVISED_2023.decision(procedure);
  }

  /** The clock after a step of the review; the steps that do not touch it leave it. */
  DecisionClock after(StepEvent step, ReconsiderationLaw law) {
    if (step instanceof ReconsiderationSuspendedEvent suspended) {
      return new DecisionClock(procedure, limit.suspend(suspended.suspendedOn()), dueOn);
    }
    if (step instanceof ReconsiderationResumedEvent resumed) {
      return new DecisionClock(
          procedure, limit.resume(resumed.resumedOn()), resumed.decisionDueOn());
    }
    if (step instanceof ReconsiderationTimeLimitExtendedEvent extended) {
      return new DecisionClock(procedure, limit.extend(extended.days()), extended.decisionDueOn());
    }
    if (step instanceof ReconsiderationProcedureConvertedEvent converted) {
      return new DecisionClock(
          converted.procedure(),
          limit.withPeriod(period(law, converted.procedure())),
          converted.decisionDueOn());
    }
    return this;
  }

  /**
   * The procedure whose periods apply under the law: a SIMPLIFIED case under the earlier law (from
   * events recorded before the law was chosen by receipt date) follows the ordinary ones.
   */
  Procedure procedureUnder(ReconsiderationLaw law) {
    return law.provides(procedure) ? procedure : Procedure.ORDINARY;
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

  /**
   * The due date after an extension on this day by these days (refused on or after the due date, if
   * used or out of range).
   */
  LocalDate dueOnExtendedOn(LocalDate on, int days) {
    return limit.extendOn(on, days).dueOn();
  }

  LocalDate dueOnResumedOn(LocalDate resumedOn) {
    return limit.resume(resumedOn).dueOn();
  }

  LocalDate dueOnConverted(ReconsiderationLaw law) {
    return limit.withPeriod(law.decision(Procedure.ORDINARY)).dueOn();
  }
}
