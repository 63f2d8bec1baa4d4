package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.command.rules.TimeLimit;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionPeriodExtendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionRequestedEvent;
import org.disputeregistry.statutory.law.ReconsiderationLaw;

/**
 * The applicant's period to complete the application (补正), from the correction request: its law's
 * period ({@link ReconsiderationLaw#correction}), extended at most once, before it runs out, where
 * the law provides it (2023 Art. 31). The case and its view evolve it from the same events; {@code
 * dueOn} is the due date the last of them carried.
 */
record CorrectionPeriod(TimeLimit limit, LocalDate dueOn) {

  static CorrectionPeriod requested(
      ReconsiderationCorrectionRequestedEvent event, ReconsiderationLaw law) {
    return new CorrectionPeriod(
        TimeLimit.of(event.requestedOn(), law.correction()), event.correctionDueOn());
  }

  /** The period after a step; only its extension moves it. */
  CorrectionPeriod after(StepEvent step) {
    if (step instanceof ReconsiderationCorrectionPeriodExtendedEvent extended) {
      return new CorrectionPeriod(limit.extend(extended.days()), extended.correctionDueOn());
    }
    return this;
  }

  /** Refuses a step that needs the period run out (an abandonment) on or before its last day. */
  void requireRunOutBefore(LocalDate on, String field) {
    if (!on.isAfter(dueOn)) {
      throw new RuleViolation(
          ErrorCode.TIME_LIMIT,
          field,
          "The applicant has until " + dueOn + " to complete the application");
    }
  }

  /** The due date after an extension on this day (refused on or after the due date, or twice). */
  LocalDate dueOnExtendedOn(LocalDate on, int days) {
    return limit.extendOn(on, days).dueOn();
  }
}
